using System;
using System.Management.Automation;
using System.Runtime.InteropServices;
using System.Security;

namespace Coolify.Text
{
    /// <summary>Values as PowerShell hands them over, made plain for the request (one place, so secrets are unwrapped one way).</summary>
    internal static class PowerShellValues
    {
        /// <summary>The object inside a PSObject wrapper (what a hashtable value or a pipeline item often is), else the value itself.</summary>
        internal static object Unwrap(object value) => value is PSObject pso ? pso.BaseObject : value;

        /// <summary>The text of a SecureString, for the moment it goes into a request; the unmanaged copy is zeroed at once.</summary>
        internal static string Plain(SecureString secure)
        {
            if (secure == null)
            {
                return null;
            }

            IntPtr ptr = Marshal.SecureStringToGlobalAllocUnicode(secure);
            try
            {
                return Marshal.PtrToStringUni(ptr);
            }
            finally
            {
                Marshal.ZeroFreeGlobalAllocUnicode(ptr);
            }
        }
    }
}
