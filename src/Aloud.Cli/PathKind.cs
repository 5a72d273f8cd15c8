using System.Runtime.InteropServices;

namespace Aloud.Cli;

/// <summary>What a path names now, without following a final symbolic link.</summary>
internal enum PathKind
{
    Missing,
    RegularFile,
    Directory,

    /// <summary>A symbolic link, device, FIFO or socket: never replaced by an output.</summary>
    Special,
}

/// <summary>
/// Tells a regular file from a device, FIFO or link. .NET's file attributes cannot tell a FIFO or a device
/// from a file, so on Linux the type bits come from statx(2), whose layout is the same on every architecture.
/// </summary>
internal static partial class PathKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;

    public static PathKind Of(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return PathKind.Special;
        }
        if (Directory.Exists(path))
        {
            return PathKind.Directory;
        }
        if (!info.Exists)
        {
            return PathKind.Missing;
        }
        return OperatingSystem.IsLinux() ? TypeOnLinux(path) : PathKind.RegularFile;
    }

    private static unsafe PathKind TypeOnLinux(string path)
    {
        var buffer = stackalloc byte[StatxSize];
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            // No statx (an old kernel or libc): the attribute checks above are all we can say.
            return PathKind.RegularFile;
        }
        var mode = *(ushort*)(buffer + ModeOffset);
        return (mode & TypeMask) == RegularType ? PathKind.RegularFile : PathKind.Special;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);
}
