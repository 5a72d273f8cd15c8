namespace Aloud.Speech;

/// <summary>
/// Aligns two letter streams (ours and an engine's): a global alignment that maximises matched letters,
/// with a cost for each run of skipped letters (affine gaps) that is higher when the run starts or ends
/// inside a word. Plain longest-common-subsequence is not enough: when the engine drops a word, equal
/// letters at the edges ("word2x word3x word4x" against "word2x word4x") make many alignments tie, and the
/// wrong one hands a neighbour's letters to the dropped word. Skipping whole words is the cheaper story.
/// </summary>
internal static class LetterAlignment
{
    private const int MatchScore = 4;
    private const int GapOpen = 3;
    private const int MidWordEdge = 2;      // extra, for each edge of a skipped run that falls inside a word
    private const int BandSlack = 64;       // diagonal slack either side of the proportional diagonal
    private const int MaxBandGrowth = 256;  // how much a length difference may widen the band
    private const int NegInf = int.MinValue / 4;
    private const byte FromMatch = 0, FromSkipOurs = 1, FromSkipTheirs = 2;

    /// <summary>The aligned letter pairs, as (index in ours, index in theirs), in order.</summary>
    public static List<(int A, int B)> Match(LetterStream ours, LetterStream theirs)
    {
        string a = ours.Letters, b = theirs.Letters;
        int n = a.Length, m = b.Length;
        var pairs = new List<(int, int)>();
        if (n == 0 || m == 0)
        {
            return pairs;
        }

        // Only a band around the proportional diagonal is searched, so time and memory grow with length, not
        // its square. Engines diverge from our words locally (a split word, a dropped "the"), which the band
        // covers easily; a path always exists inside it, so the worst case is a poorer alignment, not none.
        var band = BandSlack + Math.Min(Math.Abs(n - m), MaxBandGrowth);
        int Lo(int i) => Math.Max(0, (int)((long)i * m / n) - band);
        int Hi(int i) => Math.Min(m, (int)((long)i * m / n) + band);
        int Edge(LetterStream s, int letter) => s.Position[letter] == 0 ? 0 : MidWordEdge;

        // Per row: the best score of an alignment of a[..i], b[..j] ending in a match, a skip of ours, a skip
        // of theirs; and, packed two bits per state into one byte per cell, which state each came from.
        var trace = new byte[n + 1][];
        var prev = new Row(2 * band + 1);
        var cur = new Row(2 * band + 1);
        for (var i = 0; i <= n; i++)
        {
            cur.Reset(Lo(i), Hi(i));
            trace[i] = new byte[cur.Width];
            byte from;

            for (var j = cur.Lo; j <= cur.Hi; j++)
            {
                var at = j - cur.Lo;
                if (i == 0 && j == 0)
                {
                    cur.M[at] = 0;
                    continue;
                }

                if (i > 0 && j > 0 && a[i - 1] == b[j - 1])
                {
                    // A match after a skip closes that skip: dearer if the skip ended inside a word.
                    (cur.M[at], from) = Best(
                        (prev.Get(prev.M, j - 1), FromMatch),
                        (prev.Get(prev.X, j - 1) - Edge(ours, i - 1), FromSkipOurs),
                        (prev.Get(prev.Y, j - 1) - Edge(theirs, j - 1), FromSkipTheirs));
                    cur.M[at] += MatchScore;
                    trace[i][at] |= (byte)(from << (2 * FromMatch));
                }

                if (i > 0)
                {
                    var open = GapOpen + Edge(ours, i - 1);
                    (cur.X[at], from) = Best(
                        (prev.Get(prev.X, j), FromSkipOurs),
                        (prev.Get(prev.M, j) - open, FromMatch),
                        (prev.Get(prev.Y, j) - open, FromSkipTheirs));
                    trace[i][at] |= (byte)(from << (2 * FromSkipOurs));
                }

                if (j > 0)
                {
                    var open = GapOpen + Edge(theirs, j - 1);
                    (cur.Y[at], from) = Best(
                        (cur.Get(cur.Y, j - 1), FromSkipTheirs),
                        (cur.Get(cur.M, j - 1) - open, FromMatch),
                        (cur.Get(cur.X, j - 1) - open, FromSkipOurs));
                    trace[i][at] |= (byte)(from << (2 * FromSkipTheirs));
                }
            }

            (prev, cur) = (cur, prev);
        }

        var (_, state) = Best((prev.Get(prev.M, m), FromMatch), (prev.Get(prev.X, m), FromSkipOurs), (prev.Get(prev.Y, m), FromSkipTheirs));
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            var from = (byte)((trace[i][j - Lo(i)] >> (2 * state)) & 3);
            if (state == FromMatch)
            {
                pairs.Add((--i, --j));
            }
            else if (state == FromSkipOurs)
            {
                i--;
            }
            else
            {
                j--;
            }

            state = from;
        }

        pairs.Reverse();
        return pairs;
    }

    /// <summary>The highest score; on a tie the earlier candidate wins (staying in the same state).</summary>
    private static (int Score, byte From) Best((int Score, byte From) first, (int Score, byte From) second, (int Score, byte From) third)
    {
        var best = first;
        if (second.Score > best.Score)
        {
            best = second;
        }

        if (third.Score > best.Score)
        {
            best = third;
        }

        return best;
    }

    /// <summary>One row of the three score tables, over its band [Lo, Hi]; outside it, unreachable.</summary>
    private sealed class Row(int capacity)
    {
        public int Lo { get; private set; }
        public int Width { get; private set; }
        public int Hi => Lo + Width - 1;
        public int[] M { get; } = new int[capacity];
        public int[] X { get; } = new int[capacity];
        public int[] Y { get; } = new int[capacity];

        /// <summary>Reuses the row for the band [lo, hi], all unreachable.</summary>
        public void Reset(int lo, int hi)
        {
            Lo = lo;
            Width = hi - lo + 1;
            Array.Fill(M, NegInf, 0, Width);
            Array.Fill(X, NegInf, 0, Width);
            Array.Fill(Y, NegInf, 0, Width);
        }

        public int Get(int[] table, int j) => j < Lo || j > Hi ? NegInf : table[j - Lo];
    }
}
