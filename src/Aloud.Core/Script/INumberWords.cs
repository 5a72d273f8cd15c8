namespace Aloud.Script;

/// <summary>
/// Number words for one language. We own the classification of what a token is (year, money, ordinal...);
/// this only spells a value out.
/// </summary>
public interface INumberWords
{
    /// <summary>"one hundred twenty-three" for 123 (no "and", US newsroom style; see <see cref="Commonwealth"/>).</summary>
    string Cardinal(long value);

    /// <summary>"thirty-seventh" for 37; "one hundredth" for 100.</summary>
    string Ordinal(long value);

    /// <summary>A year as people say it: "twenty twenty-five", "nineteen oh five", "two thousand".</summary>
    string Year(int year);

    /// <summary>Each digit by name: "zero zero seven".</summary>
    string Digits(string digits);

    /// <summary>
    /// The same numbers as British, Irish and Commonwealth copy reads them ("two hundred and five" in English); a
    /// language without that difference returns itself.
    /// </summary>
    INumberWords Commonwealth => this;
}
