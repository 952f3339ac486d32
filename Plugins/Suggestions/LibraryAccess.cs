using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Practices;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>The organization's approved library for one execution: its version read, then the cache or the rows.</summary>
public static class LibraryAccess
{
    /// <summary>
    /// One read when the cache holds the current version; one plus ceil(L / 5,000) otherwise. The version query runs
    /// on <paramref name="versionService"/>, so a caller without read on practices is refused before anything is used.
    /// </summary>
    public static ApprovedLibrary Get(IOrganizationService versionService, IOrganizationService rowService, IExecutionContext context, ITracingService tracing)
    {
        if (versionService is null)
        {
            throw new ArgumentNullException(nameof(versionService));
        }

        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var version = LibraryVersion.Read(versionService);

        // OperationCreatedOn is the platform's clock (the plug-in's own may differ from the database's).
        var now = DateTime.SpecifyKind(context.OperationCreatedOn, DateTimeKind.Utc);
        return PracticeIndexCache.Get(
            context.OrganizationId,
            version,
            now,
            () => version.Count == 0 ? new ApprovedLibrary(Array.Empty<Practice>(), new Dictionary<string, string?>()) : ApprovedLibrary.Load(rowService, tracing),
            tracing);
    }
}
