namespace Aloud.Script.Passes;

/// <summary>The ordered list of passes: specific classes first, the catch-all cardinal pass last.</summary>
internal static class NormalizationPasses
{
    public static IReadOnlyList<TokenPass> CreateDefault(INumberWords numbers) =>
    [
        new MaskedWordPass(),
        new ElectronicPass(numbers),
        new MoneyPass(numbers),
        new SectionNumberPass(numbers),
        new AdjectivalMoneyPass(),
        new PercentPass(numbers),
        new TelephonePass(numbers),
        new BookNumberPass(numbers),
        new SerialNumberPass(numbers),
        new AddressPass(numbers),
        new StatePass(numbers),
        new NumericDatePass(numbers),
        new TimePass(numbers),
        new ClockTimePass(numbers),
        new RatioPass(numbers),
        new FractionPass(numbers),
        new MeasurePass(numbers),
        new ModelNumberPass(numbers),
        new DecimalPass(numbers),
        new PrefixedDecadePass(numbers),
        new DatePass(numbers),
        new WeekdayPass(),
        new SeasonPass(numbers),
        new DecadePass(numbers),
        new ShortYearPass(numbers),
        new OrdinalPass(numbers),
        new YearPass(numbers),
        new AbbreviationPass(),
        new GreekLetterPass(),
        new DottedAcronymPass(),
        new RomanNumeralPass(numbers),
        new AcronymPass(),
        new CardinalPass(numbers),
        new RangePass(),
        new MathPass(),
        new CompoundHyphenPass(),
        new NegativePass(),
        new SlashPass(),
        new PossessivePass(),
        new EmojiPass(numbers),
    ];
}
