using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace Coolify.Hosting
{
    /// <summary>
    /// Loads the module's third-party assemblies from its dependencies/ folder so they never clash with
    /// other versions another module loaded (PSResourceGet ships Microsoft.Extensions.Primitives 6.0).
    /// On PowerShell 7 they go into a load context of their own, made by reflection because
    /// netstandard2.0 has no AssemblyLoadContext type; on Windows PowerShell 5.1, which has no binding
    /// redirects, they are matched by simple name whatever version was asked for.
    /// </summary>
    public sealed class DependencyResolver : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly object Gate = new object();
        private static readonly ConcurrentDictionary<string, Assembly> Loaded = new ConcurrentDictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        private static string _folder;
        private static HashSet<string> _names;
        private static object _context;
        private static MethodInfo _loadFromPath;
        private static bool _hooked;

        public void OnImport()
        {
            lock (Gate)
            {
                if (_hooked)
                {
                    return;
                }

                string folder = Path.Combine(Path.GetDirectoryName(typeof(DependencyResolver).Assembly.Location) ?? ".", "dependencies");

                // In xunit runs and dotnet build output the dependencies sit beside the module: nothing to do.
                if (!Directory.Exists(folder))
                {
                    return;
                }

                _folder = folder;
                _names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (string file in Directory.GetFiles(folder, "*.dll"))
                {
                    _names.Add(Path.GetFileNameWithoutExtension(file));
                }

                CreateLoadContext();
                AppDomain.CurrentDomain.AssemblyResolve += Resolve;
                _hooked = true;
            }

            Warmup.Start();
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            lock (Gate)
            {
                if (_hooked)
                {
                    AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
                    _hooked = false;
                }
            }
        }

        private static void CreateLoadContext()
        {
            Type alc = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext");
            ConstructorInfo constructor = alc?.GetConstructor(new[] { typeof(string), typeof(bool) });
            if (constructor == null)
            {
                return;
            }

            _context = constructor.Invoke(new object[] { "Coolify.Dependencies", false });
            _loadFromPath = alc.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) });
        }

        private static Assembly Resolve(object sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name);
            if (name.Name == null || !_names.Contains(name.Name) || !IsOurs(args.RequestingAssembly))
            {
                return null;
            }

            return Loaded.GetOrAdd(name.Name, simpleName =>
            {
                string path = Path.Combine(_folder, simpleName + ".dll");
                return _context != null
                    ? (Assembly)_loadFromPath.Invoke(_context, new object[] { path })
                    : Assembly.LoadFrom(path);
            });
        }

        // Only requests from this module or its own dependencies are answered, so other modules keep
        // whatever they resolve for themselves.
        private static bool IsOurs(Assembly requester)
        {
            if (requester == null)
            {
                return true;
            }

            if (requester == typeof(DependencyResolver).Assembly)
            {
                return true;
            }

            string location;
            try
            {
                location = requester.Location;
            }
            catch (NotSupportedException)
            {
                return false;
            }

            return !string.IsNullOrEmpty(location)
                && string.Equals(Path.GetDirectoryName(location), _folder, StringComparison.OrdinalIgnoreCase);
        }
    }
}
