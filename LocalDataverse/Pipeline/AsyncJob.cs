using System.Runtime.Serialization;
using System.Text;
using System.Xml;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// An asynchronous step's system job (asyncoperation row). The execution context travels in the row's data
/// column as the DataContract XML of RemoteExecutionContext, so queued jobs survive a restart of the process.
/// </summary>
internal static class AsyncJob
{
    public const string Table = "asyncoperation";
    public const int StateReady = 0;
    public const int StateSuspended = 1;
    public const int StateLocked = 2;
    public const int StateCompleted = 3;
    public const int StatusWaitingForResources = 0;
    public const int StatusWaiting = 10;
    public const int StatusInProgress = 20;
    public const int StatusSucceeded = 30;
    public const int StatusFailed = 31;

    /// <summary>operationtype 1: a system event, as the platform records asynchronous plug-in steps.</summary>
    private const int SystemEvent = 1;

    // Request parameters hold SDK enums too (an UpdateRequest's ConcurrencyBehavior): the serializer must know them.
    private static readonly DataContractSerializer Serializer = new(typeof(RemoteExecutionContext), [typeof(ConcurrencyBehavior)]);

    public static Entity NewRow(StepDefinition step, RemoteExecutionContext context, DateTime now)
    {
        var row = new Entity(Table, Guid.NewGuid());
        row["name"] = Truncate(step.DisplayName, 256);
        row["operationtype"] = new OptionSetValue(SystemEvent);
        row["messagename"] = context.MessageName;
        row["primaryentitytype"] = context.PrimaryEntityName;
        row["data"] = Serialize(context);
        row["depth"] = context.Depth;
        row["retrycount"] = 0;
        row["correlationid"] = context.CorrelationId;
        row["postponeuntil"] = now;
        row["statecode"] = new OptionSetValue(StateReady);
        row["statuscode"] = new OptionSetValue(StatusWaitingForResources);
        return row;
    }

    public static string Serialize(RemoteExecutionContext context)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            Serializer.WriteObject(writer, context);
        }

        return text.ToString();
    }

    public static RemoteExecutionContext Deserialize(string data)
    {
        using var reader = XmlReader.Create(new StringReader(data), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return (RemoteExecutionContext?)Serializer.ReadObject(reader)
            ?? throw new SerializationException("The system job holds no execution context.");
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
