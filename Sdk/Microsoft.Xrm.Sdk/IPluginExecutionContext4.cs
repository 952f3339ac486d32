namespace Microsoft.Xrm.Sdk;

/// <summary>Adds per-record images for the bulk messages (CreateMultiple, UpdateMultiple): one collection per target.</summary>
public interface IPluginExecutionContext4 : IPluginExecutionContext3
{
    EntityImageCollection[] PostEntityImagesCollection { get; }

    EntityImageCollection[] PreEntityImagesCollection { get; }
}
