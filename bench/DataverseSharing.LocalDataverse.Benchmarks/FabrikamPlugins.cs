using Microsoft.Xrm.Sdk;

namespace Fabrikam.Plugins;

/// <summary>
/// The plug-in of the third-party solution fixture (Fixtures/FabrikamInvoices): a plain IPlugin with no step
/// attributes, its five steps only in the folder's SdkMessageProcessingSteps files. It does nothing: the benchmark
/// measures loading the folder, not the plug-in.
/// </summary>
public sealed class InvoiceAudit(string? unsecureConfig, string? secureConfig) : IPlugin
{
    public string? Configuration { get; } = unsecureConfig ?? secureConfig;

    public void Execute(IServiceProvider serviceProvider)
    {
        // Nothing on purpose.
    }
}
