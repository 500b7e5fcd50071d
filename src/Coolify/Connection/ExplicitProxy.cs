using System;
using System.Net;

namespace Coolify.Connection
{
    /// <summary>
    /// The proxy given with -Proxy, used for every request of the connection: unlike WebProxy and the
    /// system's settings, it bypasses nothing, loopback addresses included.
    /// </summary>
    internal sealed class ExplicitProxy : IWebProxy
    {
        private readonly Uri _address;

        internal ExplicitProxy(Uri address, ICredentials credentials)
        {
            _address = address;
            Credentials = credentials;
        }

        public ICredentials Credentials { get; set; }

        public Uri GetProxy(Uri destination) => _address;

        public bool IsBypassed(Uri host) => false;
    }
}
