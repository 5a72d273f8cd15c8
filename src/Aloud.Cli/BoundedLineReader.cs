using System.Text;
using Aloud.Ingest;

namespace Aloud.Cli;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/> ("\n", "\r\n" or "\r" ends one), but refuses a line
/// longer than <paramref name="maxLength"/> characters after reading no more than that: input without
/// newlines (<c>/dev/zero</c>, a binary file) costs bounded memory and ends in one clear error.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxLength)
{
    private readonly char[] _buffer = new char[8192];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;
    private bool _skipLineFeed;
    private int _lineNumber;

    public string? ReadLine()
    {
        _line.Clear();
        var started = false;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return started ? Finish() : null;
            }
            if (_skipLineFeed)
            {
                // The "\n" of a "\r\n" that ended the previous line.
                _skipLineFeed = false;
                if (_buffer[_start] == '\n')
                {
                    _start++;
                    continue;
                }
            }
            started = true;
            var pending = _buffer.AsSpan(_start, _end - _start);
            var stop = pending.IndexOfAny('\r', '\n');
            var take = stop < 0 ? pending.Length : stop;
            if (_line.Length + take > maxLength)
            {
                throw new AloudInputException(
                    $"line {_lineNumber + 1} is longer than {maxLength:N0} characters; normalize reads one line at a time, so split the text into lines");
            }
            _line.Append(pending[..take]);
            if (stop < 0)
            {
                _start = _end;
                continue;
            }
            _skipLineFeed = pending[stop] == '\r';
            _start += stop + 1;
            return Finish();
        }
    }

    private bool Fill()
    {
        _start = 0;
        _end = reader.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private string Finish()
    {
        _lineNumber++;
        return _line.ToString();
    }
}
