using System.Diagnostics;
using System.ServiceModel;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Demo;
using DataverseSharing.LocalDataverse;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Connection;

/// <summary>
/// The embedded default: a LocalDataverse file. On first use (no file yet) it is created with the demo org, so
/// the README's first command works on a fresh machine. A new org is built under a temporary name and put in
/// place only when complete (<see cref="OrgFileInstaller"/>), so a failure or a kill never leaves a half-seeded
/// or mixed org; what a killed build left beside it is removed by the next command (<see cref="LeftoverBuilds"/>).
/// </summary>
public sealed class EmbeddedConnectionFactory : IConnectionFactory
{
    private readonly TextWriter progress;
    private readonly Func<string, string?>? environment;

    public EmbeddedConnectionFactory(TextWriter progress, Func<string, string?>? environment = null)
    {
        this.progress = progress;
        this.environment = environment;
    }

    /// <summary>The demo the first use creates; tests shrink it.</summary>
    public DemoOptions? FirstUseDemo { get; init; } = new();

    /// <summary>
    /// How long a command waits for another process that writes, creates or replaces the org before it fails
    /// (exit 4). It says on stderr what it waits for as soon as it starts waiting.
    /// </summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public OrgConnection Open(OrgOptions options)
    {
        var path = OrgPathResolver.Resolve(options.OrgPath, environment);
        var target = Inspect(path);
        if (target.Kind == OrgTargetKind.Empty)
        {
            throw new CliException(ExitCodes.Environment, $"The org file {path} is empty (0 bytes), so it holds no org; run `dataverse-sharing init --org {path}` to create one there.");
        }

        if (target.Kind == OrgTargetKind.Missing)
        {
            using var gate = BuildGate.Enter(path, LockTimeout, progress);

            // Another first use may have created it while this one waited.
            if (OrgTarget.At(path).Kind == OrgTargetKind.Missing)
            {
                progress.WriteLine($"No org at {path} yet: creating it with the demo data (first use; `init --force` makes a fresh one).");
                Build(path, OrgTarget.At(path), FirstUseDemo);
            }
        }

        return Connect(path, options.ActAs);
    }

    /// <summary>
    /// The org itself, for <c>serve</c>: opened (created with the demo on first use) with the same plug-ins, steps and
    /// security as every command, its asynchronous steps run in the background as the platform runs them. The
    /// caller owns it and disposes it.
    /// </summary>
    public LocalOrganization OpenOrganization(OrgOptions options, TimeSpan asyncPollInterval)
    {
        ArgumentNullException.ThrowIfNull(options);
        using (Open(options))
        {
            // The first use (and the checks every command makes) happen here; the org is then reopened to serve.
        }

        var path = OrgPathResolver.Resolve(options.OrgPath, environment);
        var organization = Translate(() => LocalOrganization.Open(path, Options(progress) with { RunAsyncJobsInBackground = true, AsyncPollInterval = asyncPollInterval }));
        return organization;
    }

    public OrgConnection Create(OrgOptions options, bool force) => Create(options, force, null);

    /// <summary>Creates the org file: empty (root business unit and administrator) or with the demo.</summary>
    public OrgConnection Create(OrgOptions options, bool force, DemoOptions? demo)
    {
        var path = OrgPathResolver.Resolve(options.OrgPath, environment);
        using (BuildGate.Enter(path, LockTimeout, progress))
        {
            var target = Inspect(path);
            if (target.Kind == OrgTargetKind.File && !force)
            {
                throw CliException.Usage($"An org already exists at {path}; add --force to replace it.");
            }

            if (target.ReadOnly)
            {
                throw new CliException(ExitCodes.Environment, $"The org file {path} is read-only, so init does not replace it; make it writable first (or choose another --org).");
            }

            Build(path, target, demo);
        }

        return Connect(path);
    }

    /// <summary>Refuses what cannot hold an org, and clears what killed builds left beside the path.</summary>
    private OrgTarget Inspect(string path)
    {
        var target = OrgTarget.At(path);
        if (target.Kind == OrgTargetKind.Directory)
        {
            throw new CliException(ExitCodes.Environment, $"The org path {path} is a directory; name a file in it instead (for example {Path.Combine(path, "org.db")}).");
        }

        if (LeftoverBuilds.Clean(path) is > 0 and var removed)
        {
            progress.WriteLine($"Removed {removed} file(s) an interrupted init left beside {path}.");
        }

        return target;
    }

    private void Build(string path, OrgTarget target, DemoOptions? demo)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = LeftoverBuilds.NewFileFor(path);
        try
        {
            var watch = Stopwatch.StartNew();
            JournalMode.UseWriteAheadLog(temporary);
            using (var organization = Translate(() => LocalOrganization.Open(temporary, Options(TextWriter.Null))))
            {
                // Seeding runs as SYSTEM: it writes the users and roles that security checks rely on.
                var service = organization.SystemService;
                DemoOrgWriter.WriteFoundation(service);
                if (demo is not null)
                {
                    var org = DemoOrgGenerator.Generate(demo);
                    progress.WriteLine($"Seeding the demo org (seed {demo.Seed}): {org.Accounts.Count} accounts, {org.Deals.Count} opportunities, {org.Practices.Count} practices, {org.Suggestions.Count} suggestions.");
                    DemoOrgWriter.Write(service, organization.ServiceAs(DemoPeople.AdministratorId), org, progress);

                    // The demo writes its deals' suggestions (with their history of applied and dismissed ones)
                    // itself; the suggest jobs its opportunity creates queued would only redo that work on the
                    // first command, so they are cancelled here.
                    DemoOrgWriter.CancelQueuedJobs(service);
                }
            }

            OrgFileInstaller.Install(temporary, path, target, LockTimeout, progress);
            progress.WriteLine($"Org ready at {path} in {watch.Elapsed.TotalSeconds:0.0} s.");
        }
        finally
        {
            LeftoverBuilds.Delete(temporary);
        }
    }

    /// <summary>
    /// How every console org opens: the package's solution as an import would load it (its tables, and its steps
    /// and custom APIs from the step and customapis files), and security is enforced, as in Dataverse.
    /// Public so a server over the same file (serve, tests) opens it the same way.
    /// </summary>
    public LocalOrganizationOptions Options(TextWriter waits) => new()
    {
        SolutionFolders = [Engine.PackageSolution.Folder],
        PluginAssemblies = [Engine.PackageSolution.Plugins],
        SolutionPackageReader = Deploy.SolutionPackages.Instance,
        Database = new LocalDatabaseOptions { BusyTimeout = LockTimeout, LockWait = waits.WriteLine },
    };

    /// <summary>
    /// Connects as the administrator, or as the user <paramref name="actAs"/> names: the console's impersonation.
    /// Against Dataverse that is the CallerId of the administrator's connection (which needs the
    /// prvActOnBehalfOfAnotherUser privilege); locally it is a service acting as that user, so the user's roles,
    /// and the guards' checks of them, apply to every request.
    /// </summary>
    private OrgConnection Connect(string path, string? actAs = null)
    {
        var organization = Translate(() => LocalOrganization.Open(path, Options(progress)));
        var userId = DemoPeople.AdministratorId;
        try
        {
            RequireAdministrator(organization, path);
            if (actAs is not null)
            {
                userId = UserFinder.Find(organization.ServiceAs(DemoPeople.AdministratorId), actAs);
            }
        }
        catch
        {
            organization.Dispose();
            throw;
        }

        return new OrgConnection(organization.ServiceAs(userId), userId, path, organization)
        {
            WholeTransaction = new LocalWholeTransaction(organization.Database),
            AsyncWork = new LocalAsyncWork(organization, TimeProvider.System),
            ReadIdentity = organization.Database.ReadDatabaseId,
        };
    }

    /// <summary>
    /// Every org the console makes has its administrator; a LocalDataverse file without one was made by something
    /// else, and every command on it would fail on the missing user, so it is refused once, clearly.
    /// </summary>
    private static void RequireAdministrator(LocalOrganization organization, string path)
    {
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet(false), TopCount = 1 };
        query.Criteria.AddCondition("systemuserid", ConditionOperator.Equal, DemoPeople.AdministratorId);
        try
        {
            if (organization.SystemService.RetrieveMultiple(query).Entities.Count == 1)
            {
                return;
            }
        }
        catch (FaultException<OrganizationServiceFault> e)
        {
            throw new CliException(ExitCodes.Environment, $"The org file {path} cannot be read: {e.Detail?.Message ?? e.Message}", e);
        }

        throw new CliException(ExitCodes.Environment, $"The file {path} holds no org made by init (it has no administrator); run `dataverse-sharing init --force --org {path}` to replace it.");
    }

    private static LocalOrganization Translate(Func<LocalOrganization> open)
    {
        try
        {
            return open();
        }
        catch (LocalDatabaseException e)
        {
            throw new CliException(ExitCodes.Environment, e.Message, e);
        }
    }
}
