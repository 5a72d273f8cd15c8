namespace Aloud.Script;

/// <summary>Abbreviations that end with a period but rarely end a sentence, and how they are spoken.</summary>
internal static class Abbreviations
{
    /// <summary>Titles before a name: the period never ends a sentence.</summary>
    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Mr"] = "Mister",
        ["Mrs"] = "Missus",
        ["Ms"] = "Miz",
        ["Dr"] = "Doctor",
        ["Prof"] = "Professor",
        ["Sen"] = "Senator",
        ["Sens"] = "Senators",
        ["Rep"] = "Representative",
        ["Reps"] = "Representatives",
        ["Gov"] = "Governor",
        ["Govs"] = "Governors",
        ["Gen"] = "General",
        ["Lt"] = "Lieutenant",
        ["Col"] = "Colonel",
        ["Sgt"] = "Sergeant",
        ["Capt"] = "Captain",
        ["Cmdr"] = "Commander",
        ["Adm"] = "Admiral",
        ["Maj"] = "Major",
        ["Pres"] = "President",
        ["Supt"] = "Superintendent",
        ["Asst"] = "Assistant",
        ["Amb"] = "Ambassador",
        ["Brig"] = "Brigadier",
        ["Atty"] = "Attorney",
        ["Det"] = "Detective",
        ["Insp"] = "Inspector",
        ["Cpl"] = "Corporal",
        ["Pfc"] = "Private First Class",
        ["Spc"] = "Specialist",
        ["Ens"] = "Ensign",
        ["Cdr"] = "Commander",
        ["Bp"] = "Bishop",
        ["Abp"] = "Archbishop",
        ["Msgr"] = "Monsignor",
        ["Cllr"] = "Councillor",
        ["Pvt"] = "Private",
        ["Sec"] = "Secretary",
        ["Rev"] = "Reverend",
        ["Fr"] = "Father",
        // Before a name "Sr." is a religious sister ("Sr. Mary Wanjiru"); the generational "Senior" follows a name.
        ["Sr"] = "Sister",
        ["Coun"] = "Councillor",
        ["Const"] = "Constable",
        // Australian and Irish police ranks: "Snr Const Leah Ross", "Det Gda Niamh Byrne".
        ["Cst"] = "Constable",
        ["Snr"] = "Senior",
        ["Gda"] = "Garda",
        ["Jr"] = "Junior",
        ["St"] = "Saint",
        ["Mt"] = "Mount",
        ["Ft"] = "Fort",
        // A soldier's rank in memorial notices: "Pte. Arthur Tregenza".
        ["Pte"] = "Private",
        // Australian and New Zealand councillors, British clergy, Indian advocates: "Cr Lisa Tran", "the Revd Canon", "Adv. Meera Kale".
        ["Cr"] = "Councillor",
        ["Revd"] = "Reverend",
        ["Adv"] = "Advocate",
        // Indian notices: "Smt. Kamala Devi"; a hyphened rank, "Lt-Col. Pieter Botha".
        ["Smt"] = "Shrimati",
        ["Lt-Col"] = "Lieutenant Colonel",
    };

    /// <summary>Abbreviations read in place anywhere in a sentence.</summary>
    public static readonly IReadOnlyDictionary<string, string> Common = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["vs"] = "versus",
        ["v"] = "versus",
        ["etc"] = "et cetera",
        ["approx"] = "approximately",
        ["e.g"] = "for example",
        ["i.e"] = "that is",
        ["dept"] = "department",
        ["Dept"] = "Department",
        ["Inc"] = "Incorporated",
        ["Corp"] = "Corporation",
        ["Co"] = "Company",
        ["Ltd"] = "Limited",
        ["Bros"] = "Brothers",
        ["Utd"] = "United",
        // Listings and league tables: "the Mid-Valley Conf.", "the Premier Div.", "in a wk.".
        ["Conf"] = "Conference",
        ["Div"] = "Division",
        ["wk"] = "week",
        ["ono"] = "or near offer",
        ["Pk"] = "Park",
        ["Apts"] = "Apartments",
        ["Mfg"] = "Manufacturing",
        ["Assn"] = "Association",
        ["Assoc"] = "Association",
        ["Intl"] = "International",
        ["Natl"] = "National",
        ["Mgmt"] = "Management",
        ["Cos"] = "Companies",
        ["Twp"] = "Township",
        ["Dist"] = "District",
        ["Hosp"] = "Hospital",
        ["Ave"] = "Avenue",
        ["Blvd"] = "Boulevard",
        // Quebec's "Boul. Saint-Laurent", the street type before its name.
        ["Boul"] = "Boulevard",
        ["Rd"] = "Road",
        ["Univ"] = "University",
        ["Pkwy"] = "Parkway",
        ["Hwy"] = "Highway",
        ["Fwy"] = "Freeway",
        // Australian and New Zealand motorways ("the Hume Mwy").
        ["Mwy"] = "Motorway",
        ["Ln"] = "Lane",
        ["Expy"] = "Expressway",
        // British, Irish and Commonwealth street types ("Ardagh Cres.", "Market Sq.").
        ["Cres"] = "Crescent",
        ["Sq"] = "Square",
        ["Tce"] = "Terrace",
        ["Terr"] = "Terrace",
        ["Gdns"] = "Gardens",
        ["Pde"] = "Parade",
        ["Ct"] = "Court",
        ["Pl"] = "Place",
        ["qtr"] = "quarter",
        ["Qtr"] = "Quarter",
        ["p.a"] = "per annum",
        ["Jct"] = "Junction",
        // Units in service and memorial notices: "the 4th Bn. Lancashire Fusiliers", "2nd Bde.".
        ["Govt"] = "Government",
        ["Bn"] = "Battalion",
        ["Bde"] = "Brigade",
        ["Regt"] = "Regiment",
    };

    /// <summary>Month abbreviations (with their full names) that are followed by a day number.</summary>
    public static readonly IReadOnlyDictionary<string, string> Months = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Jan"] = "January",
        ["Feb"] = "February",
        ["Mar"] = "March",
        ["Apr"] = "April",
        ["Jun"] = "June",
        ["Jul"] = "July",
        ["Aug"] = "August",
        ["Sep"] = "September",
        ["Sept"] = "September",
        ["Oct"] = "October",
        ["Nov"] = "November",
        ["Dec"] = "December",
        ["January"] = "January",
        ["February"] = "February",
        ["March"] = "March",
        ["April"] = "April",
        ["May"] = "May",
        ["June"] = "June",
        ["July"] = "July",
        ["August"] = "August",
        ["September"] = "September",
        ["October"] = "October",
        ["November"] = "November",
        ["December"] = "December",
    };

    /// <summary>Words before a period that do not end the sentence when a number follows ("No. 3", "Feb. 13").</summary>
    public static bool BeforeNumber(string word) => word is "No" or "no" or "Nos" or "c" or "ca" or "s" or "ss" or "Vol" or "vol" or "p" or "pp" or "ch" or "Ch" or "fig" or "Fig" or "Cat" or "cat" or "ext" or "Ext" or "Prop" or "Apt" or "apt" or "Ste" or "Rm" or "Bldg" or "Art" or "Arts" or "Rte" or "Rt" or "Cir" or "Gr" or "pop" or "Sec" or "Secs" or "Para" or "para" or "Nos" or "Sect" or "Sects" or "Pt" or "est" or "Est" or "ref" or "Ref" or "Op" or "op" or "Vols" or "vols" or "Div" or "Br" or "av" or "Av" or "Wk" or "wk"
        // Labels of notices and results before their number: "tel. 094 ...", "att. 212", "Conc. 5", "Lic. No. 0457".
        || word is "tel" or "Tel" or "ph" or "Ph" or "mob" or "Mob" or "att" or "Att" or "Conc" or "reg" or "Reg" or "Lic" or "lic" or "div" or "avg" or "Avg"
        || Months.ContainsKey(word)
        // "max. 2 visitors", "approx. 40 people", "excl. 15% VAT": a clipped notice word before its figure ("min." is the
        // segmenter's own case, since after a number it is a minute).
        || ClippedWords.ContainsKey(word) && word is not ("min" or "Min");

    /// <summary>
    /// Clipped words of notices, listings and job titles ("incl.", "excl.", "est.", "adm.", "retd.", "Dy."), with how
    /// each is said. Read only where the period cannot end the sentence: before a lower-case word or a figure, or, for the
    /// <see cref="IsHeadModifier"/> words, before the capitalised office they qualify. None of them is an English word with a stop.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ClippedWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["incl"] = "including",
        ["excl"] = "excluding",
        ["approx"] = "approximately",
        ["est"] = "estimated",
        ["adm"] = "admission",
        ["retd"] = "retired",
        ["dy"] = "deputy",
        ["addl"] = "additional",
        ["jt"] = "joint",
        ["asst"] = "assistant",
        ["govt"] = "government",
        ["appt"] = "appointment",
        ["max"] = "maximum",
        ["min"] = "minimum",
        ["reqd"] = "required",
        ["avail"] = "available",
        ["furn"] = "furnished",
        ["unfurn"] = "unfurnished",
        ["opp"] = "opposite",
        ["orig"] = "original",
        ["prev"] = "previous",
        ["qty"] = "quantity",
        ["mgr"] = "manager",
        ["secy"] = "secretary",
        // Listings' size and dwelling words: "lge yard", "1 BA apt., W/D hookup".
        ["lge"] = "large",
        ["apt"] = "apartment",
    };

    /// <summary>
    /// Clipped words that qualify an office after them ("retd. Dy. Collector", "Addl. Sessions Judge"): before a capital
    /// they still go on, so their period never ends a sentence.
    /// </summary>
    public static bool IsHeadModifier(string word) => word is "retd" or "Retd" or "Dy" or "Addl" or "Jt" or "Asst";

    /// <summary>Clipped words that are no English word, so they are read without their stop too ("viewing by appt only").</summary>
    public static bool ReadsUndotted(string word) =>
        word.ToLowerInvariant() is "incl" or "excl" or "approx" or "retd" or "govt" or "appt" or "reqd" or "addl" or "unfurn" or "qty" or "secy" or "lge";

    /// <summary>Abbreviated weekdays ("Sat", "Tues") as written before a date, with the day each names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Weekdays = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Mon"] = "Monday",
        ["Tue"] = "Tuesday",
        ["Tues"] = "Tuesday",
        ["Wed"] = "Wednesday",
        ["Weds"] = "Wednesday",
        ["Thu"] = "Thursday",
        ["Thur"] = "Thursday",
        ["Thurs"] = "Thursday",
        ["Fri"] = "Friday",
        ["Sat"] = "Saturday",
        ["Sun"] = "Sunday",
    };

    /// <summary>An abbreviated weekday ("Sat", "Tues"), as written before a date.</summary>
    public static bool IsWeekday(string word) => Weekdays.ContainsKey(word);

    /// <summary>A weekday's full name, capitalised ("Thursday").</summary>
    public static bool IsFullWeekday(string word) => word is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    /// <summary>Things that carry a number or a reference: before "no." or "ref." they make it the abbreviation.</summary>
    private static readonly HashSet<string> NumberedThings = new(StringComparer.OrdinalIgnoreCase)
    {
        "serial", "case", "file", "appeal", "policy", "account", "record", "application", "permit", "claim", "licence", "license",
        "planning", "invoice", "order", "ticket", "lot", "batch", "crime", "incident", "log", "job", "booking", "card",
    };

    /// <summary>Whether <paramref name="word"/> names a thing that carries a number or a reference ("serial", "appeal").</summary>
    public static bool IsNumberedThing(string word) => NumberedThings.Contains(word);

    /// <summary>Whether a period after <paramref name="word"/> cannot end a sentence whatever follows.</summary>
    public static bool NeverEndsSentence(string word) =>
        Titles.ContainsKey(word) && word is not ("Sr" or "Jr" or "St")
        || IsHeadModifier(word)
        || (word.Length == 1 && char.IsUpper(word[0]));
}
