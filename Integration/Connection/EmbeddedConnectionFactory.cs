using System.Diagnostics;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Demo;
using DataverseSharing.LocalDataverse;
using DataverseSharing.LocalDataverse.Storage;

namespace DataverseSharing.Integration.Connection;

/// <summary>
/// The embedded default: a LocalDataverse file. On first use (no file yet) it is created with the demo org, so
/// the README's first command works on a fresh machine. A new org is built under a temporary name and moved into
/// place when complete, so a failure never leaves a half-seeded file behind.
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

    public OrgConnection Open(OrgOptions options)
    {
        var path = OrgPathResolver.Resolve(options.OrgPath, environment);
        if (!File.Exists(path))
        {
            progress.WriteLine($"No org at {path} yet: creating it with the demo data (first use; `init --force` makes a fresh one).");
            Build(path, FirstUseDemo);
        }

        return Connect(path);
    }

    public OrgConnection Create(OrgOptions options, bool force) => Create(options, force, null);

    /// <summary>Creates the org file: empty (root business unit and administrator) or with the demo.</summary>
    public OrgConnection Create(OrgOptions options, bool force, DemoOptions? demo)
    {
        var path = OrgPathResolver.Resolve(options.OrgPath, environment);
        if (File.Exists(path) && !force)
        {
            throw CliException.Usage($"An org already exists at {path}; add --force to replace it.");
        }

        Build(path, demo);
        return Connect(path);
    }

    private void Build(string path, DemoOptions? demo)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + $".{Environment.ProcessId}.new";
        try
        {
            var watch = Stopwatch.StartNew();
            JournalMode.UseWriteAheadLog(temporary);
            using (var organization = Translate(() => LocalOrganization.Open(temporary, Options)))
            {
                // Seeding runs as SYSTEM: it writes the users and roles that security checks rely on.
                var service = organization.SystemService;
                DemoOrgWriter.WriteFoundation(service);
                if (demo is not null)
                {
                    var org = DemoOrgGenerator.Generate(demo);
                    progress.WriteLine($"Seeding the demo org (seed {demo.Seed}): {org.Accounts.Count} accounts, {org.Deals.Count} opportunities, {org.Practices.Count} practices, {org.Suggestions.Count} suggestions.");
                    DemoOrgWriter.Write(service, org, progress);
                }
            }

            File.Move(temporary, path, overwrite: true);
            progress.WriteLine($"Org ready at {path} in {watch.Elapsed.TotalSeconds:0.0} s.");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            foreach (var suffix in new[] { "-journal", "-wal", "-shm" })
            {
                if (File.Exists(temporary + suffix))
                {
                    File.Delete(temporary + suffix);
                }
            }
        }
    }

    // The package's plug-ins run on every request through the pipeline, and security is enforced, as in Dataverse.
    private static LocalOrganizationOptions Options => new()
    {
        PluginAssemblies = new[] { typeof(DataverseSharing.Plugins.Core.PluginBase).Assembly }, DiscoverSteps = Engine.PluginStepAttributeDiscovery.Discover,
    };

    private static OrgConnection Connect(string path)
    {
        var organization = Translate(() => LocalOrganization.Open(path, Options));
        return new OrgConnection(organization.ServiceAs(DemoPeople.AdministratorId), DemoPeople.AdministratorId, path, organization);
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
