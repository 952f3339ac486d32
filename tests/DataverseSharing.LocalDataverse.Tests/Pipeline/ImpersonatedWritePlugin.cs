using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Extensions;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline;

/// <summary>
/// Post-operation: creates a row of another table through IOrganizationServiceFactory.CreateOrganizationService for
/// the user its unsecure configuration names, "&lt;user&gt;;&lt;table&gt;;&lt;column&gt;", where user is "null" (SYSTEM),
/// "empty" (Guid.Empty: the step's user) or an id. The row's column holds the triggering row's id.
/// </summary>
public sealed class ImpersonatedWritePlugin : IPlugin
{
    private readonly Guid? userId;
    private readonly string table;
    private readonly string column;

    public ImpersonatedWritePlugin(string unsecure, string secure)
    {
        var parts = unsecure.Split(';');
        userId = parts[0] switch
        {
            "null" => null,
            "empty" => Guid.Empty,
            _ => Guid.Parse(parts[0]),
        };
        table = parts[1];
        column = parts[2];
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = serviceProvider.Get<IPluginExecutionContext>();
        serviceProvider.Get<IOrganizationServiceFactory>().CreateOrganizationService(userId).Create(new Entity(table)
        {
            [column] = context.PrimaryEntityId.ToString("D", CultureInfo.InvariantCulture),
        });
    }
}
