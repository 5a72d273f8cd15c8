namespace Aloud;

/// <summary>A native speech or audio library is missing; the message names the Debian package that provides it.</summary>
public sealed class NativeLibraryMissingException(string library, string debianPackage, Exception? inner = null)
    : Exception(NativeLibraries.OverrideDirectory is { } folder
        ? $"{library} was not found in {folder} ({NativeLibraries.DirectoryVariable}): put it there, or unset {NativeLibraries.DirectoryVariable} to use the system's"
        : $"{library} is not installed: run 'sudo apt-get install {debianPackage}' (or ./aloud, which installs it)", inner)
{
    public string Library { get; } = library;
    public string DebianPackage { get; } = debianPackage;
}
