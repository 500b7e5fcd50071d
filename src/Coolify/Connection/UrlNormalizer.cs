using System;
using System.Net;

namespace Coolify.Connection
{
    /// <summary>Turns what users paste (dashboard address, …/api/v1, no scheme) into the instance's base URL.</summary>
    internal static class UrlNormalizer
    {
        /// <summary>The base URL, or null with a reason the address cannot be used.</summary>
        internal static Uri Normalize(string input, out string problem)
        {
            problem = null;
            string text = (input ?? string.Empty).Trim();
            if (text.Length == 0)
            {
                problem = "The URL is empty.";
                return null;
            }

            if (text.IndexOf("://", StringComparison.Ordinal) < 0)
            {
                text = "https://" + text;
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || string.IsNullOrEmpty(uri.Host))
            {
                problem = "'" + input + "' is not an http:// or https:// address.";
                return null;
            }

            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                problem = "Give the token with -Token or -Credential, not inside the URL.";
                return null;
            }

            string path = uri.AbsolutePath.TrimEnd('/');
            foreach (string suffix in new[] { "/api/v1", "/api" })
            {
                if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    path = path.Substring(0, path.Length - suffix.Length);
                    break;
                }
            }

            return new Uri(uri.GetLeftPart(UriPartial.Authority) + path + "/");
        }

        internal static bool IsLoopback(Uri uri)
        {
            if (uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
        }
    }
}
