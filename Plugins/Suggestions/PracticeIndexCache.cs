using System;
using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>
/// The indexed library per organization, kept while the sandbox keeps this assembly loaded. An entry is used only
/// when the organization's <see cref="LibraryVersion"/>, read fresh on every call, is the one it was built under,
/// so a stale index is never used: the cache saves the library read and the index build, nothing else. Entries
/// are immutable and replaced whole, so concurrent executions share them safely.
/// </summary>
public static class PracticeIndexCache
{
    private static readonly ConcurrentDictionary<Guid, Entry> Entries = new();

    /// <summary>
    /// The library of <paramref name="organizationId"/> at <paramref name="version"/>: cached, or loaded with
    /// <paramref name="load"/> and cached when the version is settled at <paramref name="nowUtc"/>.
    /// </summary>
    public static ApprovedLibrary Get(Guid organizationId, LibraryVersion version, DateTime nowUtc, Func<ApprovedLibrary> load, ITracingService? tracing = null)
    {
        if (version is null)
        {
            throw new ArgumentNullException(nameof(version));
        }

        if (load is null)
        {
            throw new ArgumentNullException(nameof(load));
        }

        if (Entries.TryGetValue(organizationId, out var entry) && entry.Version.Equals(version))
        {
            return entry.Library;
        }

        // The version is read before the rows, so the rows are at least as new as the version: at worst the
        // next call finds a newer version and loads again; it never serves older rows under a newer version.
        var library = load();
        if (version.IsSettledAt(nowUtc))
        {
            Entries[organizationId] = new Entry(version, library);
        }
        else
        {
            tracing?.Trace("library changed within the last second ({0}); not cached", version);
        }

        return library;
    }

    /// <summary>Forgets every organization's library (a benchmark's cold start).</summary>
    public static void Clear() => Entries.Clear();

    private sealed class Entry
    {
        public Entry(LibraryVersion version, ApprovedLibrary library)
        {
            Version = version;
            Library = library;
        }

        public LibraryVersion Version { get; }

        public ApprovedLibrary Library { get; }
    }
}
