using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// The handlers the engine knows, by message name. Execute routes every request through it, typed
/// (CreateRequest) or generic (OrganizationRequest("Create")); a message without a handler fails loudly.
/// </summary>
internal sealed class MessageHandlerRegistry
{
    // Filled while an organization is set up, then only read; a solution import publishes a whole new dictionary
    // (ReplaceWith), so a request resolving its handler never reads one being changed.
    private volatile Dictionary<string, IMessageHandler> handlers = new(StringComparer.Ordinal);

    /// <summary>The core data messages: Create, Retrieve, Update, Delete, Upsert, RetrieveMultiple, Associate, Disassociate.</summary>
    public static MessageHandlerRegistry CreateDefault() => new MessageHandlerRegistry()
        .Register(new CreateHandler())
        .Register(new RetrieveHandler())
        .Register(new UpdateHandler())
        .Register(new DeleteHandler())
        .Register(new UpsertHandler())
        .Register(new RetrieveMultipleHandler())
        .Register(new AssociationHandler(associate: true))
        .Register(new AssociationHandler(associate: false))
        .Register(new WhoAmIHandler())
        .Register(new RetrieveVersionHandler())
        .Register(new SetStateHandler())
        .Register(new AssignHandler())
        .Register(new ExecuteMultipleHandler())
        .Register(new ExecuteTransactionHandler())
        .Register(new CreateMultipleHandler())
        .Register(new UpdateMultipleHandler())
        .Register(new UpsertMultipleHandler())
        .Register(new CloseOpportunityHandler(won: true))
        .Register(new CloseOpportunityHandler(won: false))
        .Register(new RetrieveEntityChangesHandler());

    public IEnumerable<string> MessageNames => handlers.Keys;

    /// <summary>Adds or replaces the handler of a message.</summary>
    public MessageHandlerRegistry Register(IMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handlers[handler.MessageName] = handler;
        return this;
    }

    /// <summary>Makes <paramref name="next"/>'s handlers this registry's (a solution import added custom APIs).</summary>
    internal void ReplaceWith(MessageHandlerRegistry next)
    {
        ArgumentNullException.ThrowIfNull(next);
        handlers = new Dictionary<string, IMessageHandler>(next.handlers, StringComparer.Ordinal);
    }

    /// <summary>The handler of a message, or null when there is none.</summary>
    internal IMessageHandler? TryResolve(string message) => handlers.GetValueOrDefault(message);

    public IMessageHandler Resolve(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return handlers.TryGetValue(request.RequestName, out var handler)
            ? handler
            : throw DataverseFaults.Unsupported($"the message '{request.RequestName}' (request type {request.GetType().FullName})");
    }
}
