using System.Text;
using Aloud.Speech;
using Aloud.Speech.Kokoro;

namespace Aloud.Tests.Speech.Kokoro;

/// <summary>The .npy/.npz reader on files NumPy wrote (tiny_voices.py), and its refusals.</summary>
public sealed class NumpyArraysTests
{
    [Theory]
    [InlineData("voices.npz")]
    [InlineData("voices-deflated.npz")]
    public void ReadsTheArraysNumPyWroteStoredOrDeflated(string file)
    {
        var path = TinyKokoro.File(file);
        Assert.Equal(["af_tiny", "bm_tiny", "jf_tiny"], NumpyArrays.NpzNames(path));
        var arrays = NumpyArrays.ReadNpz(path);
        var af = arrays["af_tiny"];
        Assert.Equal([510, 1, 256], af.Shape);
        Assert.Equal(510 * 256, af.Values.Length);
        Assert.Equal(0.123f, af.Values[123 * 256], 5); // row r starts r / 1000
        Assert.Equal(0.5f, af.Values[(123 * 256) + 1]);
        Assert.Equal(0.25f, arrays["bm_tiny"].Values[7]);
    }

    [Theory]
    [InlineData("bad-cut.npz", "cut short")]
    [InlineData("bad-notzip.npz", "not a NumPy .npz")]
    [InlineData("bad-float64.npz", "only little-endian float32")]
    [InlineData("bad-fortran.npz", "Fortran order")]
    public void BrokenVoicesFilesAreRefusedOnOneLine(string file, string reason)
    {
        var error = Assert.Throws<VoiceFileException>(() => NumpyArrays.ReadNpz(TinyKokoro.File(file)));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static byte[] Npy(string header, int dataBytes, byte major = 1)
    {
        var head = Encoding.ASCII.GetBytes(header + "\n");
        var bytes = new List<byte> { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', major, 0 };
        bytes.AddRange(BitConverter.GetBytes((ushort)head.Length));
        bytes.AddRange(head);
        bytes.AddRange(new byte[dataBytes]);
        return [.. bytes];
    }

    [Fact]
    public void ReadsAHandMadeArrayAndRefusesWhatItIsNot()
    {
        var ok = NumpyArrays.ReadNpy(Npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", 24), "ok.npy");
        Assert.Equal([2, 3], ok.Shape);
        Assert.Equal(new float[6], ok.Values);
        Assert.Single(NumpyArrays.ReadNpy(Npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", 4), "one.npy").Values);

        string Refusal(byte[] bytes) => Assert.Throws<VoiceFileException>(() => NumpyArrays.ReadNpy(bytes, "x.npy")).Message;
        Assert.Contains("magic", Refusal(Encoding.ASCII.GetBytes("PK\u0003\u0004 not npy at all")), StringComparison.Ordinal);
        Assert.Contains("'>f4'", Refusal(Npy("{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }", 8)), StringComparison.Ordinal);
        Assert.Contains("'|O'", Refusal(Npy("{'descr': '|O', 'fortran_order': False, 'shape': (2,), }", 8)), StringComparison.Ordinal);
        Assert.Contains("needs 24 bytes of data but the file has 20", Refusal(Npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", 20)), StringComparison.Ordinal);
        Assert.Contains("larger than", Refusal(Npy("{'descr': '<f4', 'fortran_order': False, 'shape': (99999, 99999, 99999), }", 0)), StringComparison.Ordinal);
        Assert.Contains("version 9", Refusal(Npy("{}", 0, major: 9)), StringComparison.Ordinal);
        Assert.Contains("not a plain array description", Refusal(Npy("{'descr': '<f4', 'shape': (2,), 'evil': __import__('os')}", 8)), StringComparison.Ordinal);
        var cut = Npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", 8);
        Assert.Contains("header runs past the end", Refusal(cut[..20]), StringComparison.Ordinal);
    }
}
