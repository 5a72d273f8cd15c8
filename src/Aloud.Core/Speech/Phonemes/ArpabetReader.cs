namespace Aloud.Speech.Phonemes;

/// <summary>Reads CMU/ARPAbet phones ("M AA1 R EH0 K", any case) as one word; a vowel without a digit is unstressed.</summary>
internal static class ArpabetReader
{
    public static Pronunciation Read(string text)
    {
        var phones = new List<Phone>();
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var symbol = token.ToLowerInvariant();
            var stress = 0;
            if (symbol.Length > 1 && symbol[^1] is >= '0' and <= '2')
            {
                stress = symbol[^1] - '0';
                symbol = symbol[..^1];
                if (!Phone.Vowels.Contains(symbol))
                {
                    throw new PronunciationException($"\"{token}\" has a stress digit but \"{symbol}\" is not a vowel");
                }
            }

            if (Phone.Vowels.Contains(symbol))
            {
                phones.Add(new Phone(symbol, stress));
            }
            else if (Phone.Consonants.Contains(symbol))
            {
                phones.Add(new Phone(symbol, -1));
            }
            else
            {
                throw new PronunciationException($"\"{token}\" is not an ARPAbet phone (aa ae ah ao aw ax ay b ch d dh eh er ey f g hh ih iy jh k l m n ng ow oy p r s sh t th uh uw v w y z zh)");
            }
        }

        if (phones.Count == 0)
        {
            throw new PronunciationException("the pronunciation has no phones");
        }

        return new Pronunciation(phones);
    }
}
