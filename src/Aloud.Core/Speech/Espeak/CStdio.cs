using System.Runtime.InteropServices;
using System.Text;

namespace Aloud.Speech.Espeak;

/// <summary>The C library's fopen and fclose, for the FILE* eSpeak's phoneme trace writes to.</summary>
internal static unsafe class CStdio
{
    private static readonly IntPtr Library = NativeLibrary.Load("libc.so.6");
    private static readonly delegate* unmanaged[Cdecl]<byte*, byte*, IntPtr> FOpen = (delegate* unmanaged[Cdecl]<byte*, byte*, IntPtr>)NativeLibrary.GetExport(Library, "fopen");
    private static readonly delegate* unmanaged[Cdecl]<IntPtr, int> FClose = (delegate* unmanaged[Cdecl]<IntPtr, int>)NativeLibrary.GetExport(Library, "fclose");

    public static IntPtr Open(string path, string mode)
    {
        var p = Encoding.UTF8.GetBytes(path + '\0');
        var m = Encoding.ASCII.GetBytes(mode + '\0');
        fixed (byte* pp = p, mm = m)
        {
            var file = FOpen(pp, mm);
            return file != IntPtr.Zero ? file : throw new IOException($"cannot open {path} for eSpeak's phoneme trace");
        }
    }

    public static void Close(IntPtr file) => FClose(file);
}
