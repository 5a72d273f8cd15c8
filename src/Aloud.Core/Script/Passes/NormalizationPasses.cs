using Aloud.Script.Dialect;

namespace Aloud.Script.Passes;

/// <summary>The ordered list of passes: specific classes first, the catch-all cardinal pass last.</summary>
internal static class NormalizationPasses
{
    public static IReadOnlyList<TokenPass> CreateDefault(INumberWords numbers, DateOrder dates = DateOrder.MonthFirst) =>
    [
        new MaskedWordPass(),
        // "R1,85 million", "6,8%", "R8 500": South African figures rewritten to the point form every later pass reads.
        new DecimalCommaPass(),
        // "10 am-1 pm": the meridiem, the dash and the next hour the tokenizer joined, split for the time pass.
        new MeridiemRangeSplitPass(),
        new WireCreditPass(),
        new ElectronicPass(numbers),
        new StarRatingPass(numbers),
        // "tracking number 1Z 999 AA1 ...": before the identifier, telephone, label and count readings take its groups apart.
        new TrackingNumberPass(numbers),
        new IdentifierPass(numbers),
        // "4:24-cr-00391": a federal case number, before the time pass takes "4:24".
        new DocketNumberPass(numbers),
        // "DA 412/2026", "CAS 112/12/2026", "NCT 06/27": a label's serial and year, or a test's expiry month.
        new LabelledSerialPass(numbers),
        // "N/S 1st Nolan & Quirke; E/W 1st ...": a bridge result's seats, before the slash code pass spells them.
        new BridgeDirectionPass(),
        new SlashCodePass(numbers),
        // "ref. 5226031447", "Pin code 560034", "ID No. 14-22-301-007": an identifier after its label, digit by digit.
        new LabelledIdentifierPass(numbers),
        new LabelAbbreviationPass(numbers),
        new CollarNumberPass(numbers),
        new MarineForecastPass(numbers),
        // "10⁶", "CO₂": raised and lowered digits, before any pass reads the number or spells the letters around them.
        new PowerDigitsPass(numbers),
        // An ISO 8601 date-time is unambiguous: claimed before the code, serial and phone passes can read its digits.
        new IsoDateTimePass(numbers),
        // "Runway 27L": a heading and a side, before the measure pass can take the L for liters.
        new RunwayPass(numbers),
        new MotorwayJunctionPass(numbers),
        new StateHighwayPass(numbers),
        // "M5.1", "FL370": a letter that names the figure, before the code pass reads it as letters.
        new PrefixedFigurePass(numbers),
        // "1 Cor. 13", "Ps. 23", "Jn 3:16": a book of the Bible by its abbreviation before a chapter, before the numbers are read.
        new BibleBookPass(numbers),
        // "1 Corinthians 13:4": the book's part is an ordinal, before the verse and number passes.
        new NumberedBookPass(),
        // "14.12 (96)": goals and behinds whose total checks out, before the decimal reading.
        new MinuteMarkPass(numbers),
        // "RUSHING—Ogbu 18-97": a football box score's carries for yards, before the range and score readings.
        new GridironStatLinePass(numbers),
        // "c Rowe b Naidoo 44 (61b, 6x4)": a cricket batting line, before the measure pass reads "6x4" as a size.
        new CricketScorecardPass(numbers),
        new BaseballAgatePass(numbers),
        new FootyScorePass(numbers),
        // "$128-$146": a range of whole amounts names its currency once, before the money pass reads each end.
        new MoneyRangePass(numbers),
        // "Rs 1,800-2,400/qtl", "Rs 3.6-4.2 lakh": a range after one currency code, the currency named once after it.
        new CodedMoneyRangePass(numbers),
        new MoneyPass(numbers),
        new CurrencyPairPass(),
        new PencePass(numbers),
        // "Silver 27.44 -0.31": a table's signed change, claimed before the range and decimal readings.
        new GolfScorePass(numbers),
        new SignedChangePass(numbers),
        new SectionNumberPass(numbers),
        new AdjectivalMoneyPass(),
        new PercentPass(numbers),
        new TelephonePass(numbers),
        new ServiceNumberPass(numbers),
        // "$900 OBO", "att. 212", "2br", "T12N, R4W": listings' shorthand, once amounts and phone numbers are read.
        new ListingAbbreviationPass(numbers),
        new NoticeShorthandPass(numbers),
        new BookNumberPass(numbers),
        new SerialNumberPass(numbers),
        new IrishRegistrationPass(numbers),
        // "Swift Lass (T4)": a greyhound's trap after its name, before the code pass spells the letter and digit.
        new GreyhoundTrapPass(numbers),
        new AlphanumericCodePass(numbers),
        new AddressPass(numbers),
        new StatePass(numbers),
        new CountryCodePass(),
        new PartyLabelPass(),
        new NumericDatePass(numbers, dates),
        new QuarterPass(numbers),
        // "won the 1,600 in 4:21.36": a track race by its distance alone, said in hundreds, before the year and count readings.
        new TrackDistancePass(numbers),
        // "the men's 1x", "coxed 4+", "the 8+": rowing's boat classes, before the measure pass reads "1x" as a product.
        new RowingBoatPass(),
        new RaceTimePass(numbers),
        new TimePass(numbers),
        new ClockTimePass(numbers),
        new RatioPass(numbers),
        // "the u/16A side", "u/14B": a youth age group with a slash, before the fraction and decimal readings ("14B" is no billion).
        new AgeGroupPass(numbers),
        new FractionPass(numbers),
        new BulkQuantityPass(),
        new ClassifiedMeasurePass(numbers),
        new MeasurePass(numbers, dates),
        new ModelNumberPass(numbers),
        new GradeSpanPass(numbers),
        new DecimalPass(numbers),
        new PrefixedDecadePass(numbers),
        new DatePass(numbers),
        new WeekdayPass(dates),
        new MonthAbbreviationPass(),
        new SeasonPass(numbers),
        new DecadePass(numbers),
        new ShortYearPass(numbers),
        new OrdinalPass(numbers),
        new YearPass(numbers),
        // "3rd rd", "(aet)", "on pens", "72no": sports results' shorthand where its place makes it certain.
        new SportsShorthandPass(numbers),
        // "Kilbarry Co. Co.", "the Jr./Sr. High": two abbreviations that name one thing, before each is read alone.
        new PairedAbbreviationPass(),
        new AbbreviationPass(),
        // "max. 2 visitors", "est. value", "retd. Dy. Collector": notices' clipped words where their stop cannot end the sentence.
        new ClippedWordPass(),
        // "3rd Sts.", "Market Pl,": street types left after a street's name; "vgc", "d/cab", "12m LOA": listings' terms.
        new StreetTypeAfterNamePass(),
        new ListingTermPass(),
        new GreekLetterPass(),
        new DottedAcronymPass(),
        new RomanNumeralPass(numbers),
        new AcronymPass(),
        new ReferenceNumberPass(numbers),
        new CardinalPass(numbers),
        new RangePass(dates),
        new MathPass(),
        new CompoundHyphenPass(),
        new NegativePass(),
        new SlashPass(),
        new PossessivePass(),
        new EmojiPass(numbers),
        // "ten kilometres", "two litres": a day-first document's own spelling of the units every pass above spoke.
        new UnitSpellingPass(dates),
    ];
}
