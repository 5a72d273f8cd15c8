using Aloud.Ingest;

namespace Aloud.Script.Evaluation;

/// <summary>
/// Reads tab-separated case files: a header names the columns (<c>class</c>, <c>written</c>, <c>spoken</c> or
/// <c>spoken_transcribed_from_phonemes</c>); a file without <c>class</c> is one of whole sentences. A variants
/// file (<c>class, written, ..., action, accepted_variant</c>) adds accepted readings, exclusions and
/// robustness rows.
/// </summary>
public static class NormalizationCaseFile
{
    public static IReadOnlyList<NormalizationCase> Load(string path, string? variantsPath = null)
    {
        var rows = ReadRows(path, out var header);
        var written = Column(header, path, "written");
        var spoken = header.IndexOf("spoken") is >= 0 and var s ? s : Column(header, path, "spoken_transcribed_from_phonemes");
        var classColumn = header.IndexOf("class");
        var variants = variantsPath is null ? new() : LoadVariants(variantsPath);
        var cases = new List<NormalizationCase>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Length <= Math.Max(written, spoken))
            {
                continue;
            }
            var caseClass = classColumn >= 0 && classColumn < row.Length ? row[classColumn] : "sentence";
            var (accepted, action) = variants.TryGetValue((caseClass, row[written]), out var variant) ? variant : ([], CaseAction.Score);
            cases.Add(new NormalizationCase(caseClass, row[written], row[spoken], accepted, action));
        }
        return cases;
    }

    private static Dictionary<(string Class, string Written), (List<string> Accepted, CaseAction Action)> LoadVariants(string path)
    {
        var rows = ReadRows(path, out var header);
        int caseClass = Column(header, path, "class"), written = Column(header, path, "written");
        int action = Column(header, path, "action"), variant = Column(header, path, "accepted_variant");
        var variants = new Dictionary<(string, string), (List<string> Accepted, CaseAction Action)>();
        foreach (var row in rows.Where(r => r.Length > Math.Max(action, written)))
        {
            var key = (row[caseClass], row[written]);
            var entry = variants.TryGetValue(key, out var existing) ? existing : ([], CaseAction.Score);
            switch (row[action])
            {
                case "accept" when variant < row.Length:
                    entry.Accepted.Add(row[variant]);
                    break;
                case "exclude":
                    entry.Action = CaseAction.Exclude;
                    break;
                case "robustness":
                    entry.Action = CaseAction.Robustness;
                    break;
            }
            variants[key] = entry;
        }
        return variants;
    }

    private static List<string[]> ReadRows(string path, out List<string> header)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new AloudInputException($"cannot read cases file {path}: {error.Message}", error);
        }
        if (lines.Length == 0)
        {
            throw new AloudInputException($"cases file {path} is empty: it needs a header line");
        }
        header = [.. lines[0].Split('\t').Select(h => h.Trim())];
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
    }

    private static int Column(List<string> header, string path, string name) =>
        header.IndexOf(name) is >= 0 and var index
            ? index
            : throw new AloudInputException($"cases file {path} has no '{name}' column (columns: {string.Join(", ", header)})");
}
