using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// Recognises the text of consent banners and paywall or registration stubs by what it says, whatever the markup
/// calls it: such a paragraph names several of the gate's own things at once (cookies, partners, personal data,
/// subscribing, signing in, a free account, reading on) and speaks as the site to the reader: a button's words
/// ("accept all", "keep reading", "log in") or the site's own voice ("we use cookies", "we and our partners",
/// "our journalism"). A story about streaming subscribers or a cookie law names such things too, but in a reporter's
/// voice, so both conditions are needed; then the paragraph is a gate at any length.
/// </summary>
public static partial class GateText
{
    /// <summary>How many different gate terms make a paragraph a gate.</summary>
    public const int MinTerms = 3;

    private const int MaxScannedChars = 4000;

    /// <summary>Whether <paramref name="text"/> (one paragraph) is consent-banner or paywall text.</summary>
    public static bool IsGate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanned = text.Length > MaxScannedChars ? text[..MaxScannedChars] : text;
        if (!SiteVoice().IsMatch(scanned))
        {
            return false;
        }
        var terms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in Terms().Matches(scanned))
        {
            terms.Add(match.Value.ToLowerInvariant());
            if (terms.Count >= MinTerms)
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\b(accept all|reject all|manage (preferences|options|settings|cookies)|cookie settings|keep reading|continue reading|free account|already a (subscriber|member)|log ?in|sign ?in|subscribe (now|today)|sign up (now|today|for free)|we use cookies|we and our partners|our (journalism|website|newsroom))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SiteVoice();

    [GeneratedRegex(@"\b(cookies|consent|our partners|personal data|personalised ads|personalized ads|privacy (policy|settings)|manage (preferences|options|settings)|accept all|subscribers?|subscription|subscribe|sign up|sign in|log in|free account|keep reading|continue reading|unlimited (access|articles|digital access)|members only|already a (subscriber|member))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Terms();
}
