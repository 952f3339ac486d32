using DataverseSharing.LocalDataverse.Storage;

namespace DataverseSharing.Integration.Connection;

/// <summary>What is at an org path before a command uses it.</summary>
internal enum OrgTargetKind
{
    /// <summary>Nothing: the first use creates the org.</summary>
    Missing,

    /// <summary>A file of zero bytes: no org, and nothing to lose by creating one there.</summary>
    Empty,

    /// <summary>A directory, where an org file cannot be.</summary>
    Directory,

    /// <summary>A file with content: an org, or something the engine will refuse with its own error.</summary>
    File,
}

/// <summary>What is at an org path, looked at without opening it (no descriptor, so no SQLite lock of this process is disturbed).</summary>
internal sealed record OrgTarget(OrgTargetKind Kind, bool ReadOnly)
{
    public static OrgTarget At(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            return new OrgTarget(OrgTargetKind.Directory, false);
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return new OrgTarget(OrgTargetKind.Missing, false);
        }

        return new OrgTarget(file.Length == 0 ? OrgTargetKind.Empty : OrgTargetKind.File, LocalDatabase.IsMarkedReadOnly(path));
    }
}
