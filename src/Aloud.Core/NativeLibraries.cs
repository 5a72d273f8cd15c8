using System.Reflection;
using System.Runtime.InteropServices;

namespace Aloud;

/// <summary>
/// Where the native libraries (Flite, eSpeak NG, LAME) are loaded from: the system's library path by default,
/// or only the folder named by <c>ALOUD_NATIVE_DIR</c> when it is set, for self-built libraries. Every
/// binding goes through here, so the choice is made in one place.
/// </summary>
public static class NativeLibraries
{
    /// <summary>The environment variable naming a folder to load the native libraries from instead of the system's.</summary>
    public const string DirectoryVariable = "ALOUD_NATIVE_DIR";

    private static int _resolverInstalled;

    /// <summary>The override folder, or null to use the system's search path.</summary>
    public static string? OverrideDirectory =>
        Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } directory ? directory : null;

    /// <summary>Loads <paramref name="soname"/>; throws <see cref="DllNotFoundException"/> when it is not there.</summary>
    public static IntPtr Load(string soname) =>
        TryLoad(soname, out var handle) ? handle : throw new DllNotFoundException($"{soname} was not found{Where()}");

    /// <summary>Loads <paramref name="soname"/> if it is there.</summary>
    public static bool TryLoad(string soname, out IntPtr handle) =>
        OverrideDirectory is { } directory
            ? NativeLibrary.TryLoad(Path.Combine(directory, soname), out handle)
            : NativeLibrary.TryLoad(soname, out handle);

    /// <summary>Routes the <c>[LibraryImport]</c> bindings of <paramref name="assembly"/> through <see cref="TryLoad"/> (once).</summary>
    internal static void ResolveImportsOf(Assembly assembly)
    {
        if (Interlocked.Exchange(ref _resolverInstalled, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(assembly, (name, _, _) => TryLoad(name, out var handle) ? handle : IntPtr.Zero);
        }
    }

    /// <summary>" in FOLDER" when an override folder is set, for error messages.</summary>
    internal static string Where() => OverrideDirectory is { } directory ? $" in {directory} ({DirectoryVariable})" : "";
}
