using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.Registration;

// Plug-ins with no step attributes at all: their steps are registered in code, as anyone's plug-ins would be.

/// <summary>Records the configuration the engine constructed it with, and what it saw.</summary>
public sealed class ConfiguredPlugin(string? unsecureConfig, string? secureConfig) : IPlugin
{
    public string? Unsecure { get; } = unsecureConfig;

    public string? Secure { get; } = secureConfig;

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        context.SharedVariables["config"] = $"{Unsecure}|{Secure}";
        Recorder.Add(nameof(ConfiguredPlugin), context);
    }
}

/// <summary>Records what it saw, images included.</summary>
public sealed class RecordingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        Recorder.Add(nameof(RecordingPlugin), (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!);
}

/// <summary>Not a plug-in: a registration naming it must be refused.</summary>
public sealed class NotAPlugin
{
}

/// <summary>A plug-in the sandbox cannot construct.</summary>
public sealed class UnconstructablePlugin(int value) : IPlugin
{
    public int Value { get; } = value;

    public void Execute(IServiceProvider serviceProvider)
    {
    }
}
