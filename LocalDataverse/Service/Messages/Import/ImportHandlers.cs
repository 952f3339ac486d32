namespace DataverseSharing.LocalDataverse.Service.Messages.Import;

/// <summary>The solution messages, added to an organization's handlers (again after each import rebuilds them).</summary>
internal static class ImportHandlers
{
    public static MessageHandlerRegistry AddTo(MessageHandlerRegistry registry, SolutionImport import, bool canUnpack) => registry
        .Register(new ImportSolutionHandler(import))
        .Register(new ImportSolutionAsyncHandler(canUnpack))
        .Register(new RetrieveFormattedImportJobResultsHandler())
        .Register(new PublishAllXmlHandler());
}
