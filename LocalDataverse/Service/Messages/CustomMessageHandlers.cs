using DataverseSharing.LocalDataverse.Security.Enforcement;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>Adds the options' custom message handlers to the engine's registry, refusing any that would replace a built-in one.</summary>
internal static class CustomMessageHandlers
{
    /// <exception cref="ArgumentException">A handler without a name, named like a built-in message, or named twice.</exception>
    public static MessageHandlerRegistry AddTo(MessageHandlerRegistry registry, IReadOnlyList<ICustomMessageHandler> custom)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(custom);
        if (custom.Count == 0)
        {
            return registry;
        }

        var builtIn = registry.MessageNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < custom.Count; i++)
        {
            var handler = custom[i] ?? throw new ArgumentException($"LocalOrganizationOptions.MessageHandlers[{i}] is null.", nameof(custom));
            var name = handler.MessageName;
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"LocalOrganizationOptions.MessageHandlers[{i}] ({handler.GetType().FullName}) has no message name.", nameof(custom));
            }

            if (builtIn.Contains(name))
            {
                throw new ArgumentException($"LocalOrganizationOptions.MessageHandlers[{i}] ({handler.GetType().FullName}): '{name}' is a message the engine handles itself (or a custom API's); a custom handler cannot replace it.", nameof(custom));
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"LocalOrganizationOptions.MessageHandlers[{i}] ({handler.GetType().FullName}): the message '{name}' has another handler already.", nameof(custom));
            }

            registry.Register(new Adapter(handler));
        }

        return registry;
    }

    /// <summary>A user's handler seen as one of the engine's: its declared privileges become the authorizer's check.</summary>
    private sealed class Adapter : IMessageHandler
    {
        private readonly ICustomMessageHandler handler;

        public Adapter(ICustomMessageHandler handler)
        {
            this.handler = handler;
            var declared = handler.Privileges ?? [];
            Privileges = declared.Count == 0 ? MessagePrivileges.Undeclared : MessagePrivileges.Tables(declared.Select(p => (p.Table, p.Privilege)).ToList());
        }

        public string MessageName => handler.MessageName;

        public MessagePrivileges Privileges { get; }

        public OrganizationResponse Handle(OrganizationRequest request, RequestContext context) =>
            handler.Execute(request, new CustomMessageContext(context))
            ?? throw new InvalidOperationException($"The custom handler {handler.GetType().FullName} of '{MessageName}' returned no response.");
    }
}
