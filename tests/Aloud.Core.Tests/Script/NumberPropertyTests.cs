using System.Globalization;
using Aloud.Script;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aloud.Tests.Script;

/// <summary>Every number up to 10^15 and every decimal is read without digits and means the value written.</summary>
public class NumberPropertyTests
{
    private static readonly TextNormalizer Normalizer = new(EnglishNumberWords.Instance);

    /// <summary>Integers spread over every magnitude up to 10^15, not just small ones.</summary>
    public static class Generators
    {
        public static Arbitrary<long> Longs() =>
            Gen.Choose(1, 15).SelectMany(digits =>
                Gen.Choose(0, 999_999).SelectMany(high =>
                    Gen.Choose(0, 999_999_999).Select(low => (((long)high * 1_000_000_000) + low) % Pow10(digits))))
                .ToArbitrary();

        private static long Pow10(int digits) => (long)Math.Pow(10, digits);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 500)]
    public bool Cardinal_words_parse_back_to_the_value(long value) =>
        NumberWordsParser.ParseInteger(EnglishNumberWords.Instance.Cardinal(value)) == value;

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 500)]
    public bool A_written_number_with_thousands_commas_is_read_as_its_value(long value)
    {
        var spoken = Normalizer.NormalizeToText(value.ToString("N0", CultureInfo.InvariantCulture)).TrimEnd('.');
        return !spoken.Any(char.IsDigit) && NumberWordsParser.ParseInteger(spoken) == value;
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 500)]
    public bool A_decimal_is_read_as_its_value(long whole, NonNegativeInt fraction)
    {
        var digits = (fraction.Get % 100_000).ToString(CultureInfo.InvariantCulture);
        var spoken = Normalizer.NormalizeToText($"{whole.ToString("N0", CultureInfo.InvariantCulture)}.{digits}").TrimEnd('.');
        var (parsedWhole, parsedFraction) = NumberWordsParser.ParseDecimal(spoken);
        return !spoken.Any(char.IsDigit) && parsedWhole == whole && parsedFraction == digits;
    }

    [Property(MaxTest = 300)]
    public bool Ordinals_never_contain_digits_and_end_like_ordinals(PositiveInt value)
    {
        var spoken = EnglishNumberWords.Instance.Ordinal(value.Get);
        return !spoken.Any(char.IsDigit) && (spoken.EndsWith("th") || spoken.EndsWith("first") || spoken.EndsWith("second") || spoken.EndsWith("third"));
    }

    [Fact]
    public void The_largest_value_in_range_reads_right() =>
        Assert.Equal(1_000_000_000_000_000, NumberWordsParser.ParseInteger(Normalizer.NormalizeToText("1,000,000,000,000,000").TrimEnd('.')));
}
