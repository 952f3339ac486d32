using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Extensions;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.PacTemplate;

/// <summary>
/// A plug-in class in the template's shape (its Plugin1): post-operation on account Create, Update and Delete,
/// it writes an audit contact through the step user's service saying what it saw: the configuration, the message,
/// the name before (pre-image) and after (post-image), and who authenticated (IPluginExecutionContext4).
/// </summary>
public sealed class AccountAuditPlugin : PluginBase
{
    private readonly string prefix;

    public AccountAuditPlugin(string unsecureConfiguration, string secureConfiguration)
        : base(typeof(AccountAuditPlugin))
    {
        prefix = $"{unsecureConfiguration}/{(string.IsNullOrEmpty(secureConfiguration) ? "no-secret" : "secret")}";
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext localPluginContext)
    {
        var context = (IPluginExecutionContext4)localPluginContext.PluginExecutionContext;
        var before = context.PreEntityImages.TryGetValue("pre", out var pre) ? pre.GetAttributeValue<string>("name") : "-";
        var after = context.PostEntityImages.TryGetValue("post", out var post) ? post.GetAttributeValue<string>("name") : "-";
        localPluginContext.Logger.LogInformation("{Message} of {Table} {Id}", context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId);

        // The provider's Get<T> gives the same context the base class read.
        var viaExtension = localPluginContext.ServiceProvider.Get<IPluginExecutionContext3>();

        localPluginContext.PluginUserService.Create(new Entity("contact")
        {
            ["lastname"] = context.PrimaryEntityId.ToString("D"),
            ["description"] = $"{prefix}|{context.MessageName}|{before}->{after}|{viaExtension.AuthenticatedUserId}|{context.PreEntityImagesCollection.Length}",
        });
    }
}
