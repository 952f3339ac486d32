using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse;

/// <summary>
/// A Dataverse organization running in-process: the database, the plug-in pipeline, the system job runner, and
/// an <see cref="IOrganizationService"/> for any user. The entry point for tests and for the console's embedded
/// default; see README.md ("Using LocalDataverse in your own tests").
/// </summary>
public sealed class LocalOrganization : IDisposable
{
    private readonly TimeProvider clock;
    private readonly Lazy<AsyncJobRunner> asyncJobs;
    private readonly SecurityEnforcement? security;
    private readonly MessageHandlerRegistry handlers;

    private LocalOrganization(LocalDatabase database, PluginPipeline pipeline, MessageHandlerRegistry handlers, LocalOrganizationOptions options)
    {
        this.handlers = handlers;
        Database = database;
        clock = options.Clock ?? TimeProvider.System;
        Pipeline = pipeline;
        security = options.EnforceSecurity ? new SecurityEnforcement(options.Roles ?? Security.RoleCatalog.Default) : null;
        SystemService = new LocalOrganizationService(database, LocalOrganizationService.SystemUserId, handlers, clock: clock, pipeline: Pipeline, security: security);
        asyncJobs = new Lazy<AsyncJobRunner>(SystemService.CreateAsyncJobRunner);
        if (options.RunAsyncJobsInBackground)
        {
            asyncJobs.Value.Start(options.AsyncPollInterval);
        }
    }

    public LocalDatabase Database { get; }

    public PluginPipeline Pipeline { get; }

    /// <summary>A service acting as SYSTEM.</summary>
    public LocalOrganizationService SystemService { get; }

    /// <summary>The runner of queued asynchronous steps (call Drain in tests).</summary>
    public AsyncJobRunner AsyncJobs => asyncJobs.Value;

    /// <summary>An empty organization in memory, gone when disposed.</summary>
    public static LocalOrganization CreateInMemory(LocalOrganizationOptions? options = null)
    {
        options ??= LocalOrganizationOptions.Default;
        var handlers = CustomMessageHandlers.Registry(options.MessageHandlers);
        var setup = OrganizationSetup.From(options);
        return new LocalOrganization(LocalDatabase.OpenInMemory(setup.Catalog), setup.Pipeline, handlers, options);
    }

    /// <summary>Opens the organization stored in <paramref name="path"/>, creating the file when it does not exist.</summary>
    /// <exception cref="LocalDatabaseException">The file is locked, damaged, or from a newer version.</exception>
    /// <exception cref="StepRegistrationException">A registered step Dataverse would refuse.</exception>
    /// <exception cref="MetadataException">A solution folder that cannot be read.</exception>
    /// <exception cref="ArgumentException">A custom message handler named like a built-in message, or twice.</exception>
    public static LocalOrganization Open(string path, LocalOrganizationOptions? options = null)
    {
        options ??= LocalOrganizationOptions.Default;

        // Handlers, tables and steps are read and checked before the file is opened: bad input leaves no database open or created.
        var handlers = CustomMessageHandlers.Registry(options.MessageHandlers);
        var setup = OrganizationSetup.From(options);
        return new LocalOrganization(LocalDatabase.Open(path, setup.Catalog, options.Database), setup.Pipeline, handlers, options);
    }

    /// <summary>A service acting as <paramref name="userId"/>; requests run through the pipeline.</summary>
    public LocalOrganizationService ServiceAs(Guid userId) =>
        new(Database, userId, handlers, clock: clock, pipeline: Pipeline, security: security);

    /// <summary>A copy of the whole organization to restore later.</summary>
    public DatabaseSnapshot TakeSnapshot() => DatabaseSnapshot.Take(Database);

    /// <summary>Puts the organization back as it was when <paramref name="snapshot"/> was taken.</summary>
    public void Restore(DatabaseSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        snapshot.RestoreTo(Database);
    }

    public void Dispose()
    {
        if (asyncJobs.IsValueCreated)
        {
            asyncJobs.Value.Dispose();
        }

        Database.Dispose();
    }
}
