using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Extensions;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace ContosoPlugins
{
    /// <summary>
    /// The base every plug-in of this assembly derives from, in the shape `pac plugin init` generates: it takes the
    /// sandbox's services from the provider once, logs entry and exit, and turns a failed service call into the
    /// exception Dataverse shows the user.
    /// </summary>
    public abstract class PluginBase : IPlugin
    {
        protected PluginBase(Type pluginClassName)
        {
            PluginClassName = pluginClassName.ToString();
        }

        protected string PluginClassName { get; }

        public void Execute(IServiceProvider serviceProvider)
        {
            if (serviceProvider == null)
            {
                throw new InvalidPluginExecutionException(nameof(serviceProvider));
            }

            var localPluginContext = new LocalPluginContext(serviceProvider);
            localPluginContext.Trace(string.Format(CultureInfo.InvariantCulture, "Entered {0}.Execute() Correlation Id: {1}", PluginClassName, localPluginContext.PluginExecutionContext.CorrelationId));
            localPluginContext.Logger.LogInformation("{0} entered", PluginClassName);
            try
            {
                ExecuteDataversePlugin(localPluginContext);
            }
            catch (FaultException<OrganizationServiceFault> orgServiceFault)
            {
                localPluginContext.Logger.LogError(orgServiceFault, "{0} failed", PluginClassName);
                throw new InvalidPluginExecutionException($"OrganizationServiceFault: {orgServiceFault.Detail.Message}", orgServiceFault);
            }
            finally
            {
                localPluginContext.Trace($"Exiting {PluginClassName}.Execute()");
            }
        }

        /// <summary>What the plug-in does; the base does nothing.</summary>
        protected virtual void ExecuteDataversePlugin(ILocalPluginContext localPluginContext)
        {
        }
    }

    /// <summary>The services a plug-in works with, by name instead of GetService calls.</summary>
    public interface ILocalPluginContext
    {
        /// <summary>Acts as the user whose action started the operation.</summary>
        IOrganizationService InitiatingUserService { get; }

        /// <summary>Acts as the user the step runs as: the step's run-as user, else the caller.</summary>
        IOrganizationService PluginUserService { get; }

        IPluginExecutionContext PluginExecutionContext { get; }

        IServiceEndpointNotificationService NotificationService { get; }

        ITracingService TracingService { get; }

        IServiceProvider ServiceProvider { get; }

        IOrganizationServiceFactory OrgSvcFactory { get; }

        ILogger Logger { get; }

        /// <summary>Writes a trace line prefixed with the calling member.</summary>
        void Trace(string message, [CallerMemberName] string method = "");
    }

    /// <summary>Reads the services from the provider with the SDK's Get&lt;T&gt; extension.</summary>
    public class LocalPluginContext : ILocalPluginContext
    {
        public LocalPluginContext(IServiceProvider serviceProvider)
        {
            ServiceProvider = serviceProvider ?? throw new InvalidPluginExecutionException(nameof(serviceProvider));
            Logger = Required<ILogger>(serviceProvider);
            PluginExecutionContext = Required<IPluginExecutionContext>(serviceProvider);
            TracingService = Required<ITracingService>(serviceProvider);
            NotificationService = Required<IServiceEndpointNotificationService>(serviceProvider);
            OrgSvcFactory = Required<IOrganizationServiceFactory>(serviceProvider);
            PluginUserService = serviceProvider.GetOrganizationService(PluginExecutionContext.UserId);
            InitiatingUserService = serviceProvider.GetOrganizationService(PluginExecutionContext.InitiatingUserId);
        }

        public IOrganizationService InitiatingUserService { get; }

        public IOrganizationService PluginUserService { get; }

        public IPluginExecutionContext PluginExecutionContext { get; }

        public IServiceEndpointNotificationService NotificationService { get; }

        public ITracingService TracingService { get; }

        public IServiceProvider ServiceProvider { get; }

        public IOrganizationServiceFactory OrgSvcFactory { get; }

        public ILogger Logger { get; }

        public void Trace(string message, [CallerMemberName] string method = "")
        {
            if (string.IsNullOrWhiteSpace(message) || TracingService == null)
            {
                return;
            }

            TracingService.Trace(string.IsNullOrWhiteSpace(method) ? message : $"[{method}] - {message}");
        }

        private static T Required<T>(IServiceProvider provider)
            where T : class =>
            provider.Get<T>() ?? throw new InvalidPluginExecutionException($"The sandbox offers no {typeof(T).Name}.");
    }
}
