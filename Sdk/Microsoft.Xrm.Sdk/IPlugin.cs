using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>The contract every plug-in implements; the platform calls <see cref="Execute"/> once per event.</summary>
public interface IPlugin
{
    /// <summary>Runs the plug-in. The provider supplies the execution context, tracing and organization services.</summary>
    void Execute(IServiceProvider serviceProvider);
}
