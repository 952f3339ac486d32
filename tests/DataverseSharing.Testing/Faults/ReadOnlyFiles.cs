namespace DataverseSharing.Testing.Faults;

/// <summary>Marks a file read-only the way its owner would: no write bit on Unix, the ReadOnly attribute on Windows.</summary>
public static class ReadOnlyFiles
{
    public static void Mark(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, File.GetAttributes(path) | FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    /// <summary>Makes the file writable again, so the test's folder can be deleted.</summary>
    public static void Unmark(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserWrite);
        }
    }
}
