using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service;
using DataverseSharing.LocalDataverse.Setup;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Service.Messages.Import;
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
    private readonly SolutionImport import;

    private LocalOrganization(LocalDatabase database, OrganizationSetup setup, MessageHandlerRegistry handlers, LocalOrganizationOptions options)
    {
        this.handlers = handlers;
        Database = database;
        clock = options.Clock ?? TimeProvider.System;
        Pipeline = setup.Pipeline;
        Pipeline.OrganizationId = database.ReadDatabaseId() ?? Pipeline.OrganizationId;
        security = options.EnforceSecurity ? new SecurityEnforcement(setup.Content.Roles) : null;
        import = new SolutionImport(
            database,
            clock,
            options.SolutionPackageReader,
            imported => OrganizationSetup.From(options, imported, database.Catalog),
            UseSetup);
        ImportHandlers.AddTo(handlers, import, options.SolutionPackageReader is not null);
        SystemService = new LocalOrganizationService(database, LocalOrganizationService.SystemUserId, handlers, clock, Pipeline, security);
        asyncJobs = new Lazy<AsyncJobRunner>(() =>
        {
            var runner = SystemService.CreateAsyncJobRunner();
            runner.SystemOperations = new Dictionary<int, Action<Entity>> { [ImportJobRunner.OperationType] = job => ImportJobRunner.Run(import, job) };
            return runner;
        });
    }

    // A committed import's tables are in place already (the import swapped the catalog to write their rows); its
    // steps, messages and roles serve from here on. Every service of the organization shares these objects.
    private void UseSetup(OrganizationSetup next)
    {
        Pipeline.ReplaceSteps(next.Pipeline);
        handlers.ReplaceWith(ImportHandlers.AddTo(next.Handlers, import, canUnpack: true));
        if (security is not null)
        {
            security.Roles = next.Content.Roles;
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
        var setup = OrganizationSetup.From(options);
        var handlers = setup.Handlers;
        var database = LocalDatabase.OpenInMemory(setup.Catalog);
        database.Inference = options.InferUnknownTables ? new Metadata.Inference.TableInference() : null;
        return WithSystemRows(new LocalOrganization(database, setup, handlers, options), setup, options);
    }

    /// <summary>Opens the organization stored in <paramref name="path"/>, creating the file when it does not exist.</summary>
    /// <exception cref="LocalDatabaseException">The file is locked, damaged, or from a newer version.</exception>
    /// <exception cref="StepRegistrationException">A registered step Dataverse would refuse.</exception>
    /// <exception cref="MetadataException">A solution folder that cannot be read.</exception>
    /// <exception cref="ArgumentException">A custom message handler named like a built-in message, or twice.</exception>
    public static LocalOrganization Open(string path, LocalOrganizationOptions? options = null)
    {
        options ??= LocalOrganizationOptions.Default;
        if (options.InferUnknownTables)
        {
            throw new ArgumentException(
                $"LocalOrganizationOptions.InferUnknownTables works in memory only (LocalOrganization.CreateInMemory): tables inferred from writes are in no solution, so '{path}' reopened later would hold rows of tables it cannot describe. Define the tables in a solution folder instead.",
                nameof(options));
        }

        // Handlers, tables and steps are read and checked before the file is opened: bad input leaves no database open or created.
        var setup = OrganizationSetup.From(options);
        var handlers = setup.Handlers;
        return WithSystemRows(new LocalOrganization(LocalDatabase.Open(path, setup.Catalog, options.Database), setup, handlers, options), setup, options);
    }

    // The registrations become rows once the schema is there; an organization whose rows cannot be written is
    // not handed out (the write is one transaction, so the file is left as it was).
    // Background draining starts only once the rows are written: its timer thread shares the database's one
    // connection, which must not be used from two threads at once (an open racing its first drain failed with
    // "nested transactions").
    private static LocalOrganization WithSystemRows(LocalOrganization organization, OrganizationSetup setup, LocalOrganizationOptions options)
    {
        try
        {
            SystemRowSync.Apply(organization.Database, setup.SystemRows, organization.clock);
            if (options.RunAsyncJobsInBackground)
            {
                organization.AsyncJobs.Start(options.AsyncPollInterval);
            }

            return organization;
        }
        catch (Exception original)
        {
            try
            {
                organization.Dispose();
            }
            catch (Exception)
            {
                // Closing after a failed write can fail too (SQLite rolling back what the failure left); the
                // caller needs the first failure, the one that says what went wrong, not the second.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(original).Throw();
            }

            throw;
        }
    }

    /// <summary>A service acting as <paramref name="userId"/>; requests run through the pipeline.</summary>
    public LocalOrganizationService ServiceAs(Guid userId) =>
        new(Database, userId, handlers, clock, Pipeline, security);

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
