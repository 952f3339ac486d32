using System;
using System.IO;

namespace DataverseSharing.WebApi.Auth;

/// <summary>
/// The file a person's sign-in cache persists to, readable by its owner only (0600 on Unix). Written to a temporary
/// file and moved over the old one, so a kill -9 mid-write or a second process reading at that moment sees the old
/// cache or the new one, never half of one; two processes writing at once keep one of the two (both valid).
/// </summary>
public sealed class TokenCacheFile
{
    public TokenCacheFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    /// <summary>The default: &lt;local app data&gt;/DataverseSharing/msal-token-cache.bin.</summary>
    public static string DefaultPath => System.IO.Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "DataverseSharing", "msal-token-cache.bin");

    /// <summary>The cached bytes, or null when nothing is cached yet.</summary>
    public byte[]? Read()
    {
        try
        {
            return File.ReadAllBytes(Path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Write(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(folder);
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // Created owner-only from the first byte: a chmod after writing would leave a moment where others can read it.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
