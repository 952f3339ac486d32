using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Extensions;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace ContosoPlugins
{
    /// <summary>
    /// Keeps a widget's log (contoso_log) of what happened to it, registered by the solution as:
    /// Create, post-operation, post-image "created"; Update, pre-operation, filtered on contoso_name, pre-image
    /// "before", configured with the label it writes; Delete, pre-operation, pre-image "gone", which leaves a
    /// contact behind as the widget's tombstone.
    /// </summary>
    public class WidgetPlugin : PluginBase
    {
        private readonly string unsecureConfiguration;
        private readonly bool hasSecureConfiguration;

        public WidgetPlugin(string unsecureConfiguration, string secureConfiguration)
            : base(typeof(WidgetPlugin))
        {
            this.unsecureConfiguration = unsecureConfiguration ?? string.Empty;
            hasSecureConfiguration = !string.IsNullOrEmpty(secureConfiguration);
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext localPluginContext)
        {
            var context = localPluginContext.PluginExecutionContext;
            localPluginContext.Logger.LogInformation("{0} of {1} {2} at stage {3}", context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId, context.Stage);
            switch (context.MessageName)
            {
                case "Create":
                    Created(localPluginContext);
                    break;
                case "Update":
                    Renaming(localPluginContext);
                    break;
                case "Delete":
                    Deleting(localPluginContext);
                    break;
                default:
                    throw new InvalidPluginExecutionException($"{PluginClassName} is not registered for {context.MessageName}.");
            }
        }

        // Post-operation: the row exists, so the log is written with an Update of its own. That Update does not
        // touch contoso_name, so the filtered Update step does not run for it.
        private void Created(ILocalPluginContext local)
        {
            var context = (IPluginExecutionContext4)local.PluginExecutionContext;
            var created = context.PostEntityImages["created"];

            // Get<T> reads the same context the base class read, through the newest interface.
            var authenticated = local.ServiceProvider.Get<IPluginExecutionContext3>().AuthenticatedUserId;
            var line = string.Join(
                "|",
                "created " + created.GetAttributeValue<string>("contoso_name"),
                "user " + context.UserId.ToString("D"),
                "initiating " + context.InitiatingUserId.ToString("D"),
                "authenticated " + authenticated.ToString("D"),
                "post images " + context.PostEntityImagesCollection.Length,
                "portals " + context.IsPortalsClientCall,
                "depth " + context.Depth);
            local.PluginUserService.Update(new Entity(context.PrimaryEntityName, context.PrimaryEntityId) { ["contoso_log"] = line });
        }

        // Pre-operation: what is set on the Target here is saved with the caller's own change, in its transaction.
        private void Renaming(ILocalPluginContext local)
        {
            var context = local.PluginExecutionContext;
            var target = (Entity)context.InputParameters["Target"]!;
            var before = context.PreEntityImages["before"].GetAttributeValue<string>("contoso_name");
            var after = target.GetAttributeValue<string>("contoso_name");
            if (string.Equals(after, "forbidden", StringComparison.OrdinalIgnoreCase))
            {
                local.Logger.LogWarning("refused the name {0}", after);
                throw new InvalidPluginExecutionException($"A widget may not be called '{after}'.");
            }

            target["contoso_log"] = $"{unsecureConfiguration}: {before} -> {after} ({(hasSecureConfiguration ? "secure" : "no secure")} configuration)";
        }

        // Pre-operation: the row is still there; the pre-image is all that remains of it afterwards.
        private static void Deleting(ILocalPluginContext local)
        {
            var context = local.PluginExecutionContext;
            var gone = context.PreEntityImages["gone"];
            local.PluginUserService.Create(new Entity("contact")
            {
                ["lastname"] = "widget " + context.PrimaryEntityId.ToString("D"),
                ["description"] = $"deleted {gone.GetAttributeValue<string>("contoso_name")} after: {gone.GetAttributeValue<string>("contoso_log")}",
            });
        }
    }
}
