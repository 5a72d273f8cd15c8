using Aloud.Narration;

namespace Aloud.Cli;

/// <summary>
/// Shows narration progress on stderr: one updating line on a terminal, or a line every tenth of the work
/// when stderr is a file or a pipe (so logs stay short).
/// </summary>
internal sealed class StderrProgress(TextWriter error, bool interactive) : IProgress<NarrationProgress>
{
    private readonly Lock _gate = new();
    private int _lastDecile = -1;
    private int _lastDone;

    public void Report(NarrationProgress value)
    {
        lock (_gate)
        {
            // Reports come from worker threads and may arrive out of order; never step backwards.
            if (value.SentencesDone <= _lastDone)
            {
                return;
            }
            _lastDone = value.SentencesDone;
            var line = $"synthesising: {value.SentencesDone}/{value.SentencesTotal} sentences, {value.AudioSeconds:0.0} s of audio";
            if (interactive)
            {
                error.Write($"\r{line}   ");
                if (value.SentencesDone == value.SentencesTotal)
                {
                    error.WriteLine();
                }
                return;
            }
            var decile = value.SentencesDone * 10 / Math.Max(1, value.SentencesTotal);
            if (decile != _lastDecile)
            {
                _lastDecile = decile;
                error.WriteLine(line);
            }
        }
    }
}
