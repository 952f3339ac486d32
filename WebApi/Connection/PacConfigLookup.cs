using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DataverseSharing.WebApi.Connection;

/// <summary>
/// Finds a profile: the pac.config files from the current folder up to the repository root (the first folder with
/// a .git), then the one in the user's folder; the nearest file that defines the name wins, so a repository's
/// shared profiles sit beside a person's own. Every file on the way is read, so a broken one is reported, not skipped.
/// </summary>
public static class PacConfigLookup
{
    /// <summary>The pac.config files that apply from <paramref name="startFolder"/>, nearest first.</summary>
    public static IReadOnlyList<string> Files(string startFolder, string? userFolder)
    {
        var found = new List<string>();
        var folders = new List<DirectoryInfo>();
        for (var folder = new DirectoryInfo(Path.GetFullPath(startFolder)); folder is not null; folder = folder.Parent)
        {
            folders.Add(folder);
            if (Path.Exists(Path.Combine(folder.FullName, ".git")))
            {
                break;
            }

            if (folder.Parent is null)
            {
                // Not inside a repository: only the current folder counts, not every folder up to the root.
                folders.RemoveRange(1, folders.Count - 1);
            }
        }

        found.AddRange(folders.Select(f => Path.Combine(f.FullName, PacConfigFile.FileName)).Where(File.Exists));
        if (userFolder is not null && Path.Combine(Path.GetFullPath(userFolder), PacConfigFile.FileName) is var personal
            && File.Exists(personal) && !found.Contains(personal, StringComparer.Ordinal))
        {
            found.Add(personal);
        }

        return found;
    }

    public static ConnectionProfile Find(string name, string startFolder, string? userFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var files = Files(startFolder, userFolder);
        if (files.Count == 0)
        {
            throw new DataverseConnectionException($"unknown profile '{name}': no {PacConfigFile.FileName} from {Path.GetFullPath(startFolder)} up to the repository root, nor in {userFolder ?? "the user's folder"}");
        }

        var known = new List<string>();
        ConnectionProfile? match = null;
        foreach (var file in files)
        {
            var profiles = PacConfigFile.Read(file);
            match ??= profiles.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            known.AddRange(profiles.Select(p => p.Name));
        }

        return match ?? throw new DataverseConnectionException(
            $"unknown profile '{name}' in {string.Join(", ", files)} (profiles: {(known.Count == 0 ? "none" : string.Join(", ", known.Distinct(StringComparer.OrdinalIgnoreCase)))})");
    }
}
