using System;
using ContosoShared;
using Microsoft.Xrm.Sdk;

namespace ContosoPackage
{
    /// <summary>
    /// Stamps a new widget's log (contoso_log) with a label from the shared library, registered by the solution on
    /// Create of contoso_widget at pre-operation, configured with who stamps it: the value is saved with the Create.
    /// </summary>
    public sealed class WidgetStampPlugin : IPlugin
    {
        private readonly string issuer;

        public WidgetStampPlugin(string unsecureConfiguration, string secureConfiguration)
        {
            issuer = string.IsNullOrEmpty(unsecureConfiguration) ? "nobody" : unsecureConfiguration;
        }

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var target = (Entity)context.InputParameters["Target"]!;
            target["contoso_log"] = WidgetLabels.Stamp(target.GetAttributeValue<string>("contoso_name") ?? string.Empty, issuer) + " for " + context.UserId.ToString("D");
        }
    }
}
