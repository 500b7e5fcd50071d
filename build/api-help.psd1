# Plain words for the help of the generated cmdlets (build/New-ApiCmdlets.ps1 writes them into the doc
# comments of src/Coolify/Cmdlets/<Area>/*.g.cs; build/ApiGenerator.Help.ps1 composes the rest from the
# cmdlet model). Edit here and rerun the generator; never edit the generated files.
#
# Cmdlets.<name>:
#   Synopsis     one sentence: what the cmdlet does (the OpenAPI summary is the fallback).
#   Description  paragraphs that open the description, in place of the document's text.
#   Examples     @{ Title; Code; Remarks } in place of the made ones; AddGenerated = $true keeps those too.
#   Parameters   this cmdlet's own words for a parameter.
#   Samples      values the made examples use for this cmdlet's parameters.
# Parameters: words for parameters, by name, where the OpenAPI document has none.
# Samples: example values, by '<Resource>.<Parameter>' or by parameter name (PowerShell source text).
@{
    Cmdlets    = @{
        # --- Applications ---------------------------------------------------------------------------
        'Get-CoolifyApplication'               = @{
            Synopsis    = 'Lists applications, filtered by name or tag, or gets applications by id.'
            Description = @(
                'Get-CoolifyApplication reads the applications of the token''s team: the ones built from a Git repository, a Dockerfile or a Docker image. Each object has the application''s name, status, build pack, domains and its id (Uuid), and pipes on to every cmdlet that works on applications.'
            )
            Examples    = @(
                @{ Title = 'List the applications and their status'; Code = 'Get-CoolifyApplication | Format-Table Name, Status, BuildPack, Fqdn'; Remarks = 'Writes every application the token can see; the default view already shows name, id and status.' }
                @{ Title = 'Find applications by name'; Code = "Get-CoolifyApplication -Name 'web*', api-backend"; Remarks = 'Wildcards select by pattern; a plain name that matches nothing is an error.' }
                @{ Title = 'Restart everything tagged backend'; Code = 'Get-CoolifyApplication -Tag backend | Restart-CoolifyApplication -WhatIf'; Remarks = '-Tag asks Coolify for the applications with that tag; -WhatIf shows what would be restarted.' }
                @{ Title = 'Get one application by id, with every field'; Code = 'Get-CoolifyApplication -Uuid app1apibackend0000000000 | Format-List *'; Remarks = 'Getting by id returns the full record; values Coolify treats as sensitive need a token with read:sensitive.' }
                @{ Title = 'Report the applications of several instances'; Code = "Get-CoolifyApplication -Connection 'prod-*' | Format-Table ConnectionName, Name, Status"; Remarks = 'Runs against every connection whose name matches, in the order they were made; each object says where it came from, and an instance that cannot be reached is one error naming it.' }
                @{ Title = 'Read many applications by id at once'; Code = '$ids | Get-CoolifyApplication -ThrottleLimit 16'; Remarks = 'Up to 16 requests are in flight; the applications are written in the order of the ids.' }
            )
            Samples     = @{ Uuid = 'app0webfrontend000000000' }
        }
        'New-CoolifyApplication'               = @{
            Synopsis    = 'Creates an application from a public or private Git repository, a Dockerfile, or a Docker image.'
            Description = @(
                'New-CoolifyApplication creates an application in a project environment on a server. -Source says where the code comes from, and with it which route Coolify uses and which parameters apply: public (a public Git repository), github-app (a private repository through a GitHub app, -GithubAppUuid), deploy-key (a private repository through an SSH key, -PrivateKeyUuid), dockerfile (-Dockerfile, the file''s text) or dockerimage (-DockerRegistryImageName).'
                'Give -EnvironmentName or -EnvironmentUuid for the environment. The new application is not deployed unless you add -InstantDeploy; Start-CoolifyApplication or Deploy-CoolifyApplication deploys it later.'
            )
            Examples    = @(
                @{ Title = 'Create an application from a public repository'; Code = "New-CoolifyApplication -Source public -GitRepository https://github.com/coollabsio/coolify-examples -GitBranch main ``
    -BuildPack nixpacks -PortsExposes 3000 -Name docs-site ``
    -ProjectUuid prj0web00000000000000000 -ServerUuid srv0localhost0000000000a -EnvironmentName production"; Remarks = 'Writes the new application (its Uuid and domains). Nothing is built yet: add -InstantDeploy, or deploy it later.' }
                @{ Title = 'Create an application from a Dockerfile, and deploy it at once'; Code = "New-CoolifyApplication -Source dockerfile -Dockerfile (Get-Content -Raw ./Dockerfile) -PortsExposes 80 ``
    -ProjectUuid prj0web00000000000000000 -ServerUuid srv0localhost0000000000a -EnvironmentName staging -InstantDeploy"; Remarks = 'The Dockerfile is read as text; the module base64-encodes it as Coolify expects.' }
                @{ Title = 'Run a Docker image'; Code = "New-CoolifyApplication -Source dockerimage -DockerRegistryImageName ghcr.io/example/worker -DockerRegistryImageTag 1.4.2 ``
    -PortsExposes 8080 -ProjectUuid prj1ops00000000000000000 -ServerUuid srv1edge0000000000000000 -EnvironmentName production -WhatIf"; Remarks = '-WhatIf shows what would be created; leave it out to create it.' }
            )
        }
        'Set-CoolifyApplication'               = @{
            Synopsis    = 'Changes the settings of applications: domains, build and start commands, health checks, resource limits and more.'
            Examples    = @(
                @{ Title = 'Change the domains of an application'; Code = "Get-CoolifyApplication -Name web-frontend | Set-CoolifyApplication -Domains 'https://www.example.com,https://example.com'"; Remarks = 'Only -Domains is sent; every other setting stays as it is. The change applies at the next deployment.' }
                @{ Title = 'Limit memory and CPU of several applications'; Code = "Get-CoolifyApplication -Tag backend | Set-CoolifyApplication -LimitsMemory 512m -LimitsCpus 1 -WhatIf"; Remarks = 'Shows the change for each application piped in; leave out -WhatIf to send it.' }
                @{ Title = 'Turn the health check on'; Code = "Set-CoolifyApplication -Uuid app1apibackend0000000000 -HealthCheckEnabled -HealthCheckPath /healthz -HealthCheckPort 8080"; Remarks = 'Switches send true when given; -HealthCheckEnabled:$false would turn it off.' }
            )
        }
        'Remove-CoolifyApplication'            = @{
            Synopsis = 'Deletes applications, with their containers and, unless told otherwise, their volumes, configuration files and networks.'
            Description = @('As in the dashboard, Coolify deletes an application''s volumes (its data), configuration files and connected networks with it, and runs Docker cleanup on its server, unless -KeepVolumes, -KeepConfiguration, -KeepNetworks or -SkipDockerCleanup says otherwise. Every one of these choices is sent explicitly, and -WhatIf and -Confirm say what will be deleted. The 0.2.0 switches (-DeleteVolumes and the others) still work; -DeleteVolumes:$false is -KeepVolumes.')
            Examples = @(
                @{ Title = 'See what would be deleted'; Code = "Get-CoolifyApplication -Name 'preview-*' | Remove-CoolifyApplication -WhatIf"; Remarks = 'Lists each application that would be deleted, and what goes with it; nothing is sent.' }
                @{ Title = 'Delete an application but keep its data, in a script'; Code = 'Remove-CoolifyApplication -Uuid app3brokenbuild000000000 -KeepVolumes -Force'; Remarks = '-Force skips the confirmation prompt; the volumes stay on the server.' }
            )
        }
        'Copy-CoolifyApplication'              = @{ Synopsis = 'Clones applications to a destination (a Docker network on a server), optionally with their volumes.'; Samples = @{ Name = 'web-frontend-copy' } }
        'Move-CoolifyApplication'              = @{
            Synopsis    = 'Moves applications to another project environment, or migrates them to another destination or server.'
            Description = @('With -EnvironmentUuid the move is only a change of project and environment: running containers are not touched, and the application picks up the new environment''s shared variables at its next deployment. With -DestinationUuid the application is migrated to another Docker network, possibly on another server; Coolify copies the volumes'' data along unless -MigrateVolumes:$false, and the cmdlet always sends migrate_volumes as true or false.')
            Examples    = @(
                @{ Title = 'Move an application to the staging environment'; Code = 'Get-CoolifyApplication -Name web-frontend | Move-CoolifyApplication -EnvironmentUuid env0stagweb0000000000000 -WhatIf'; Remarks = 'Get-CoolifyEnvironment -ProjectUuid <id> lists the environments and their ids.' }
                @{ Title = 'Migrate an application to another server with its data'; Code = 'Get-CoolifyApplication -Name worker | Move-CoolifyApplication -DestinationUuid dst0localhost00000000000 -MigrateVolumes'; Remarks = 'Get-CoolifyDestination lists the destinations (Docker networks) of every server.' }
                @{ Title = 'Migrate an application without its data'; Code = 'Move-CoolifyApplication -Uuid app2worker00000000000000 -DestinationUuid dst0localhost00000000000 -MigrateVolumes:$false'; Remarks = 'Coolify stops the application and moves it to the new server without copying its volumes'' data, which stays on the old server; redeploy it afterwards.' }
            )
            Parameters  = @{
                MigrateVolumes = 'Copy the volumes'' data to the new destination too. Coolify does unless told otherwise, so without this switch true is sent; -MigrateVolumes:$false sends false.'
            }
        }
        'Restore-CoolifyApplication'           = @{
            Synopsis = 'Rolls applications back: queues a deployment of an earlier image.'
            Examples = @(
                @{ Title = 'Roll back to the previous image'; Code = "`$app = Get-CoolifyApplication -Name api-backend
`$previous = `$app | Get-CoolifyApplicationRollbackImage | Where-Object { -not `$_.IsCurrent } | Sort-Object CreatedAt -Descending | Select-Object -First 1
`$app | Restore-CoolifyApplication -Commit `$previous.Tag"; Remarks = 'Get-CoolifyApplicationRollbackImage lists the images still on the server; -Commit takes the image tag (for Git applications, the commit).' }
            )
        }
        'Get-CoolifyApplicationRollbackImage'  = @{ Synopsis = 'Lists the images of an application that are still on its server, to roll back to with Restore-CoolifyApplication.'; Description = @('Coolify keeps the images of recent deployments on the server. The list is empty when the server cannot be reached or does not keep images (see -DockerImagesToKeep of Set-CoolifyApplication).') }
        'Get-CoolifyApplicationDestination'    = @{ Synopsis = 'Lists the destinations (Docker networks) an application runs in: its main one and any additional ones.' }
        'Add-CoolifyApplicationDestination'    = @{ Synopsis = 'Adds a destination to an application, so that it also runs in another Docker network or on another server.'; Samples = @{ DestinationUuid = 'dst1edge0000000000000000' } }
        'Remove-CoolifyApplicationDestination' = @{ Synopsis = 'Removes an additional destination from an application; its main destination stays.' }
        'Remove-CoolifyPreviewDeployment'      = @{
            Synopsis    = 'Deletes the preview deployment of a pull request: its containers, volumes, networks and record.'
            Description = @('Coolify builds a preview of an application for each pull request when previews are on. This removes one: running deployments of the preview are cancelled first.')
            Examples    = @(@{ Title = 'Delete the preview of pull request 42'; Code = 'Get-CoolifyApplication -Name web-frontend | Remove-CoolifyPreviewDeployment -PullRequestId 42 -WhatIf'; Remarks = 'Leave out -WhatIf to delete it; add -Force to skip the confirmation.' })
        }

        # --- Cloud-init scripts and cloud provider tokens -------------------------------------------------
        'Get-CoolifyCloudInitScript'           = @{ Synopsis = 'Lists the team''s cloud-init scripts, or gets them by id.'; Samples = @{ Uuid = 'ci0dockerhost00000000000' } }
        'New-CoolifyCloudInitScript'           = @{
            Synopsis = 'Saves a cloud-init script (a shell script or cloud-config YAML) that new cloud servers can run at first boot.'
            Examples = @(@{ Title = 'Save a script from a file'; Code = 'New-CoolifyCloudInitScript -Name docker-host -Script (Get-Content -Raw ./cloud-init.yaml)'; Remarks = 'Give its text to -CloudInitScript of New-CoolifyHetznerServer when you create a server.' })
        }
        'Set-CoolifyCloudInitScript'           = @{ Synopsis = 'Renames a cloud-init script or replaces its text.'; Samples = @{ Script = '(Get-Content -Raw ./cloud-init.yaml)' } }
        'Remove-CoolifyCloudInitScript'        = @{ Synopsis = 'Deletes cloud-init scripts.' }
        'Get-CoolifyCloudToken'                = @{ Synopsis = 'Lists the team''s cloud provider tokens (Hetzner, DigitalOcean, Vultr), or gets them by id.'; Samples = @{ Uuid = 'ctk0hetzner0000000000000' } }
        'New-CoolifyCloudToken'                = @{
            Synopsis = 'Stores a cloud provider API token (Hetzner, DigitalOcean or Vultr) for creating servers; Coolify checks it with the provider first.'
            Examples = @(@{ Title = 'Store a Hetzner token'; Code = 'New-CoolifyCloudToken -Provider hetzner -Name hetzner -Token (Read-Host -AsSecureString "Hetzner API token")'; Remarks = 'Coolify validates the token with Hetzner before it stores it; a wrong token is an error.' })
        }
        'Set-CoolifyCloudToken'                = @{ Synopsis = 'Renames cloud provider tokens.'; Samples = @{ Name = 'hetzner-production' } }
        'Remove-CoolifyCloudToken'             = @{ Synopsis = 'Deletes cloud provider tokens; Coolify refuses while a server still uses one.' }
        'Test-CoolifyCloudToken'               = @{ Synopsis = 'Checks cloud provider tokens against the provider''s API.'; Examples = @(@{ Title = 'Check every stored token'; Code = 'Get-CoolifyCloudToken | Test-CoolifyCloudToken'; Remarks = 'Writes one result per token; an invalid token is an error for that token.' }) }

        # --- Databases ----------------------------------------------------------------------------------
        'Get-CoolifyDatabase'                  = @{
            Synopsis    = 'Lists databases, filtered by name, or gets databases by id.'
            Description = @('Get-CoolifyDatabase reads the standalone databases of the token''s team (PostgreSQL, MySQL, MariaDB, MongoDB, Redis, KeyDB, ClickHouse, Dragonfly). Passwords and connection URLs come back only to tokens with read:sensitive.')
            Examples    = @(
                @{ Title = 'List the databases'; Code = 'Get-CoolifyDatabase'; Remarks = 'Shows name, id, status and type of each database.' }
                @{ Title = 'Find a database and read its connection URL'; Code = 'Get-CoolifyDatabase -Name main-db | Select-Object Name, InternalDbUrl'; Remarks = 'InternalDbUrl is empty unless the token has read:sensitive.' }
                @{ Title = 'List the backups of a database'; Code = 'Get-CoolifyDatabase -Name main-db | Get-CoolifyDatabaseBackup'; Remarks = 'A piped database binds -DatabaseUuid of the cmdlets for what it has.' }
            )
            Samples     = @{ Uuid = 'db0maindb000000000000000' }
        }
        'New-CoolifyDatabase'                  = @{
            Synopsis    = 'Creates a database: PostgreSQL, MySQL, MariaDB, MongoDB, Redis, KeyDB, ClickHouse or Dragonfly.'
            Description = @('New-CoolifyDatabase creates a standalone database in a project environment on a server. -Type chooses the engine, the route and the engine''s own parameters (-PostgresUser, -RedisPassword, ...); Coolify picks passwords for what you leave out. Give -EnvironmentName or -EnvironmentUuid. The database is started only with -InstantDeploy.')
            Examples    = @(
                @{ Title = 'Create a PostgreSQL database and start it'; Code = 'New-CoolifyDatabase -Type postgresql -Name main-db -PostgresDb app -PostgresUser app `
    -ServerUuid srv0localhost0000000000a -ProjectUuid prj0web00000000000000000 -EnvironmentName production -InstantDeploy'; Remarks = 'Coolify generates the password; Get-CoolifyDatabase -Name main-db with a read:sensitive token shows it in the connection URL.' }
                @{ Title = 'Create a Redis cache with a password of your choice'; Code = 'New-CoolifyDatabase -Type redis -Name cache -RedisPassword (Read-Host -AsSecureString) `
    -ServerUuid srv1edge0000000000000000 -ProjectUuid prj1ops00000000000000000 -EnvironmentName production'; Remarks = 'Secrets are SecureString parameters. A parameter of another engine (e.g. -PostgresUser with -Type redis) is refused before anything is sent.' }
            )
        }
        'Set-CoolifyDatabase'                  = @{
            Synopsis = 'Changes the settings of databases: name, image, public port, resource limits and the engine''s own settings.'
            Examples = @(
                @{ Title = 'Make a database reachable from outside'; Code = 'Get-CoolifyDatabase -Name main-db | Set-CoolifyDatabase -IsPublic -PublicPort 54321'; Remarks = 'Only the parameters given are sent. Restart the database for the change to apply.' }
                @{ Title = 'Move to a newer image'; Code = 'Set-CoolifyDatabase -Uuid db0maindb000000000000000 -Image postgres:17-alpine -WhatIf'; Remarks = '-WhatIf shows the change; leave it out to send it.' }
            )
        }
        'Remove-CoolifyDatabase'               = @{
            Synopsis = 'Deletes databases, with their containers and, unless told otherwise, their volumes (the data), configuration files and networks.'
            Description = @('Coolify deletes a database''s volumes, configuration files and connected networks with it, and runs Docker cleanup, unless -KeepVolumes, -KeepConfiguration, -KeepNetworks or -SkipDockerCleanup says otherwise; every choice is sent explicitly, and -WhatIf and -Confirm say what will be deleted.')
            Examples = @(
                @{ Title = 'See what would be deleted'; Code = "Get-CoolifyDatabase -Name 'main*' | Remove-CoolifyDatabase -WhatIf"; Remarks = 'Lists each database that would be deleted, volumes included; nothing is sent.' }
                @{ Title = 'Delete a database and its data, without a prompt'; Code = 'Remove-CoolifyDatabase -Uuid db1cache0000000000000000 -Force'; Remarks = 'The volumes (the data) are gone for good; take a backup first, or add -KeepVolumes.' }
            )
        }
        'Copy-CoolifyDatabase'                 = @{ Synopsis = 'Clones databases to a destination (a Docker network on a server), optionally with their data.'; Samples = @{ DestinationUuid = 'dst1edge0000000000000000' } }
        'Move-CoolifyDatabase'                 = @{
            Synopsis    = 'Moves databases to another project environment, or migrates them to another destination or server.'
            Description = @('With -EnvironmentUuid the move is only a change of project and environment: the running container is not touched. With -DestinationUuid the database is migrated to another Docker network, possibly on another server; Coolify copies its data along unless -MigrateVolumes:$false, and the cmdlet always sends migrate_volumes as true or false.')
            Examples    = @(@{ Title = 'Move a database to the staging environment'; Code = 'Get-CoolifyDatabase -Name cache | Move-CoolifyDatabase -EnvironmentUuid env1stagops0000000000000 -WhatIf'; Remarks = 'Leave out -WhatIf to move it.' })
            Parameters  = @{
                MigrateVolumes = 'Copy the database''s data to the new destination too. Coolify does unless told otherwise, so without this switch true is sent; -MigrateVolumes:$false sends false.'
            }
        }
        'Get-CoolifyDatabaseBackup'            = @{
            Synopsis = 'Lists the scheduled backups of a database.'
            Examples = @(@{ Title = 'Show the backup schedules of a database'; Code = 'Get-CoolifyDatabase -Name main-db | Get-CoolifyDatabaseBackup | Format-Table Uuid, Frequency, Enabled, SaveS3'; Remarks = 'Each schedule pipes on to Get-CoolifyDatabaseBackupExecution, Set- and Remove-CoolifyDatabaseBackup.' })
        }
        'New-CoolifyDatabaseBackup'            = @{
            Synopsis = 'Adds a backup schedule to a database, kept on the server and optionally on S3.'
            Examples = @(
                @{ Title = 'Back up every night, keep a week, and take one now'; Code = "Get-CoolifyDatabase -Name main-db | New-CoolifyDatabaseBackup -Frequency '0 2 * * *' -Enabled -DatabaseBackupRetentionDaysLocally 7 -BackupNow"; Remarks = '-Frequency takes a cron expression or every_minute, hourly, daily, weekly, monthly, yearly.' }
                @{ Title = 'Keep backups on S3 too'; Code = '$s3 = Get-CoolifyS3Storage -Name offsite-backups
Get-CoolifyDatabase -Name main-db | New-CoolifyDatabaseBackup -Frequency daily -Enabled -SaveS3 -S3StorageUuid $s3.Uuid'; Remarks = 'Test-CoolifyS3Storage checks the storage first.' }
            )
        }
        'Set-CoolifyDatabaseBackup'            = @{
            Synopsis = 'Changes a database''s backup schedule: when it runs, where backups go and how long they are kept.'
            Examples = @(@{ Title = 'Keep backups for 30 days'; Code = 'Get-CoolifyDatabase -Name main-db | Get-CoolifyDatabaseBackup | Set-CoolifyDatabaseBackup -DatabaseBackupRetentionDaysLocally 30'; Remarks = 'The piped schedule gives both -DatabaseUuid and -DatabaseBackupUuid; only the retention is sent.' })
        }
        'Remove-CoolifyDatabaseBackup'         = @{ Synopsis = 'Deletes a database''s backup schedule and the record of its runs; -DeleteS3 also deletes its files on S3.' }
        'Get-CoolifyDatabaseBackupExecution'   = @{
            Synopsis = 'Lists the runs of a database backup schedule, with their status, size and file.'
            Examples = @(@{ Title = 'Show the last runs of every backup of a database'; Code = 'Get-CoolifyDatabase -Name main-db | Get-CoolifyDatabaseBackup | Get-CoolifyDatabaseBackupExecution | Sort-Object CreatedAt -Descending | Select-Object -First 5'; Remarks = 'Status, Message and Size say how each run went.' })
        }
        'Remove-CoolifyDatabaseBackupExecution' = @{ Synopsis = 'Deletes backup runs and their files from the server; -DeleteS3 deletes the copy on S3 too.' }

        # --- Deployments -----------------------------------------------------------------------------------
        'Get-CoolifyDeployment'                = @{
            Synopsis    = 'Lists the deployments running now, an application''s deployment history, or deployments by id.'
            Description = @('Without parameters Get-CoolifyDeployment lists the deployments that are queued or in progress on the instance. With -ApplicationUuid (or a piped application) it lists that application''s history, newest first, a page at a time (-Skip, -Take). With -DeploymentUuid it gets each deployment, with its status and commit; the build log is Get-CoolifyDeploymentLog.')
            Examples    = @(
                @{ Title = 'What is deploying now'; Code = 'Get-CoolifyDeployment'; Remarks = 'Queued and in-progress deployments only; finished ones are in the applications'' histories.' }
                @{ Title = 'The last five deployments of an application'; Code = 'Get-CoolifyApplication -Name web-frontend | Get-CoolifyDeployment -Take 5'; Remarks = 'Newest first; -Skip pages further back.' }
                @{ Title = 'Why did the last deployment fail?'; Code = "Get-CoolifyApplication -Name broken-build | Get-CoolifyDeployment -Take 1 | Get-CoolifyDeploymentLog -Tail 20"; Remarks = 'The build log needs a token with read:sensitive.' }
            )
            Samples     = @{ DeploymentUuid = 'dep0webfrontend000000001' }
        }
        'Stop-CoolifyDeployment'               = @{
            Synopsis = 'Cancels deployments that are queued or in progress.'
            Examples = @(
                @{ Title = 'Cancel every running deployment of an application'; Code = "Get-CoolifyDeployment | Where-Object ApplicationName -eq 'web-frontend' | Stop-CoolifyDeployment"; Remarks = 'The deployment ends as cancelled-by-user; Coolify refuses one that has already finished.' }
                @{ Title = 'Cancel one deployment by id'; Code = 'Stop-CoolifyDeployment -DeploymentUuid dep0webfrontend000000001 -WhatIf'; Remarks = 'Leave out -WhatIf to cancel it.' }
            )
        }

        # --- Destinations ----------------------------------------------------------------------------------
        'Get-CoolifyDestination'               = @{
            Synopsis = 'Lists destinations (the Docker networks resources run in) of the team or of one server, or gets them by id.'
            Examples = @(
                @{ Title = 'List every destination'; Code = 'Get-CoolifyDestination'; Remarks = 'Each server has at least one, named coolify by default.' }
                @{ Title = 'The destinations of one server'; Code = 'Get-CoolifyServer -Name edge-1 | Get-CoolifyDestination'; Remarks = 'A piped server binds -ServerUuid.' }
            )
            Samples  = @{ DestinationUuid = 'dst1edge0000000000000000' }
        }
        'New-CoolifyDestination'               = @{
            Synopsis = 'Creates a destination: a Docker network on a server that resources can run in.'
            Examples = @(@{ Title = 'Add a network for staging resources'; Code = 'Get-CoolifyServer -Name edge-1 | New-CoolifyDestination -Network staging-network -Name staging-network'; Remarks = '-Type swarm makes it a Swarm network instead of a standalone Docker one.' })
        }
        'Set-CoolifyDestination'               = @{ Synopsis = 'Renames destinations; the Docker network itself cannot be changed.'; Samples = @{ Name = 'staging' } }
        'Remove-CoolifyDestination'            = @{ Synopsis = 'Deletes destinations that no resource uses any more.' }

        # --- DigitalOcean, Hetzner, Vultr --------------------------------------------------------------------
        'Get-CoolifyDigitalOceanImage'         = @{ Synopsis = 'Lists the DigitalOcean images a new server can run, through a stored DigitalOcean token.' }
        'Get-CoolifyDigitalOceanRegion'        = @{ Synopsis = 'Lists the DigitalOcean regions, through a stored DigitalOcean token.' }
        'Get-CoolifyDigitalOceanSize'          = @{ Synopsis = 'Lists the DigitalOcean droplet sizes, through a stored DigitalOcean token.' }
        'Get-CoolifyDigitalOceanSshKey'        = @{ Synopsis = 'Lists the SSH keys of the DigitalOcean account, through a stored DigitalOcean token.' }
        'New-CoolifyDigitalOceanServer'        = @{
            Synopsis = 'Creates a droplet on DigitalOcean and adds it to Coolify as a server.'
            Examples = @(@{ Title = 'Create a droplet'; Code = "`$token = Get-CoolifyCloudToken -Name digitalocean
New-CoolifyDigitalOceanServer -Property @{
    cloud_provider_token_uuid = `$token.Uuid
    region = 'fra1'; size = 's-2vcpu-4gb'; image = 'ubuntu-24-04-x64'
    private_key_uuid = (Get-CoolifyPrivateKey -Name deploy-key).Uuid
} -WhatIf"; Remarks = 'The API document does not list this route''s fields, so they go in -Property with Coolify''s names; Get-CoolifyDigitalOceanRegion, -Size and -Image list the values.' })
        }
        'Get-CoolifyHetznerFirewall'           = @{ Synopsis = 'Lists the firewalls of the Hetzner project, through a stored Hetzner token.' }
        'Get-CoolifyHetznerImage'              = @{ Synopsis = 'Lists the Hetzner system images (operating systems) a new server can run.' }
        'Get-CoolifyHetznerLocation'           = @{
            Synopsis = 'Lists the Hetzner locations (data centres), through a stored Hetzner token.'
            Examples = @(@{ Title = 'List the locations'; Code = '$token = Get-CoolifyCloudToken -Name hetzner
Get-CoolifyHetznerLocation -CloudProviderTokenUuid $token.Uuid | Format-Table Name, City, Country'; Remarks = 'The values of Name go to -Location of New-CoolifyHetznerServer.' })
        }
        'Get-CoolifyHetznerNetwork'            = @{ Synopsis = 'Lists the private networks of the Hetzner project, through a stored Hetzner token.' }
        'Get-CoolifyHetznerServerType'         = @{ Synopsis = 'Lists the Hetzner server types (sizes and prices), through a stored Hetzner token.' }
        'Get-CoolifyHetznerSshKey'             = @{ Synopsis = 'Lists the SSH keys of the Hetzner account, through a stored Hetzner token.' }
        'New-CoolifyHetznerServer'             = @{
            Synopsis = 'Creates a server on Hetzner Cloud and adds it to Coolify.'
            Examples = @(@{ Title = 'Create a server, picking the image and type by name'; Code = "`$token = (Get-CoolifyCloudToken -Name hetzner).Uuid
`$image = Get-CoolifyHetznerImage -CloudProviderTokenUuid `$token -Name ubuntu-24.04
New-CoolifyHetznerServer -CloudProviderTokenUuid `$token -Location fsn1 -ServerType cx22 -Image `$image.Id ``
    -PrivateKeyUuid (Get-CoolifyPrivateKey -Name deploy-key).Uuid -Name edge-2 -InstantValidate"; Remarks = 'Coolify creates the server with Hetzner, installs its SSH key and, with -InstantValidate, checks and prepares it at once.' })
        }
        'Get-CoolifyVultrOperatingSystem'      = @{ Synopsis = 'Lists the operating systems a new Vultr server can run.' }
        'Get-CoolifyVultrPlan'                 = @{ Synopsis = 'Lists the Vultr plans (sizes and prices).' }
        'Get-CoolifyVultrRegion'               = @{ Synopsis = 'Lists the Vultr regions.' }
        'Get-CoolifyVultrSshKey'               = @{ Synopsis = 'Lists the SSH keys of the Vultr account.' }
        'New-CoolifyVultrServer'               = @{
            Synopsis = 'Creates an instance on Vultr and adds it to Coolify as a server.'
            Examples = @(@{ Title = 'Create an instance'; Code = "New-CoolifyVultrServer -Property @{
    cloud_provider_token_uuid = (Get-CoolifyCloudToken -Name vultr).Uuid
    region = 'ams'; plan = 'vc2-2c-4gb'; os_id = 2284
    private_key_uuid = (Get-CoolifyPrivateKey -Name deploy-key).Uuid
} -WhatIf"; Remarks = 'The API document does not list this route''s fields, so they go in -Property with Coolify''s names; Get-CoolifyVultrRegion, -Plan and -OperatingSystem list the values.' })
        }

        # --- GitHub and GitLab apps ------------------------------------------------------------------------
        'Get-CoolifyGitHubApp'                 = @{ Synopsis = 'Lists the GitHub apps Coolify uses to reach private repositories.' }
        'New-CoolifyGitHubApp'                 = @{
            Synopsis = 'Registers a GitHub app you created on GitHub, so applications can be built from private repositories.'
            Examples = @(@{ Title = 'Register an app'; Code = "New-CoolifyGitHubApp -Name acme-github -HtmlUrl https://github.com -ApiUrl https://api.github.com -Organization acme ``
    -AppId 123456 -InstallationId 7654321 -ClientId Iv1.0123456789abcdef -ClientSecret (Read-Host -AsSecureString) ``
    -PrivateKeyUuid (Get-CoolifyPrivateKey -Name github-app-key).Uuid"; Remarks = 'The app''s private key is stored first with New-CoolifyPrivateKey.' })
        }
        'Set-CoolifyGitHubApp'                 = @{ Synopsis = 'Changes a GitHub app''s settings or credentials.'; Samples = @{ Organization = 'acme-labs' } }
        'Remove-CoolifyGitHubApp'              = @{ Synopsis = 'Deletes GitHub apps that no application uses.' }
        'Get-CoolifyGitHubRepository'          = @{
            Synopsis = 'Lists the repositories a GitHub app can reach.'
            Examples = @(@{ Title = 'List the repositories of an app'; Code = 'Get-CoolifyGitHubApp -Name acme-github | Get-CoolifyGitHubRepository'; Remarks = 'A piped GitHub app binds -GitHubAppId.' })
        }
        'Get-CoolifyGitHubBranch'              = @{
            Synopsis = 'Lists the branches of a repository, through a GitHub app.'
            Examples = @(@{ Title = 'List the branches of a repository'; Code = 'Get-CoolifyGitHubApp -Name acme-github | Get-CoolifyGitHubBranch -Owner acme -Repository shop'; Remarks = 'The app gives -GitHubAppId; -Owner and -Repository name the repository.' })
        }
        'Get-CoolifyGitLabApp'                 = @{ Synopsis = 'Lists the GitLab apps (OAuth sources) of the team, and the instance-wide ones.' }
        'New-CoolifyGitLabApp'                 = @{
            Synopsis = 'Registers a GitLab instance as a source for applications; its OAuth credentials can come later.'
            Examples = @(@{ Title = 'Register gitlab.com'; Code = 'New-CoolifyGitLabApp -Name gitlab-com -HtmlUrl https://gitlab.com -ClientId 0123abcd -ClientSecret (Read-Host -AsSecureString)'; Remarks = '-ApiUrl defaults to <HtmlUrl>/api/v4.' })
        }
        'Set-CoolifyGitLabApp'                 = @{ Synopsis = 'Changes a GitLab app''s settings or credentials.'; Samples = @{ GroupName = 'acme' } }
        'Remove-CoolifyGitLabApp'              = @{ Synopsis = 'Deletes GitLab apps that no application uses.' }

        # --- Notifications -----------------------------------------------------------------------------------
        'Get-CoolifyNotificationSetting'       = @{
            Synopsis    = 'Gets the team''s notification settings for one channel: Discord, email, Pushover, Slack, Telegram or a webhook.'
            Description = @('-Channel chooses the channel. Webhook URLs, SMTP passwords and bot tokens come back only when the token has read:sensitive and its user is an admin or owner of the team.')
            Examples    = @(
                @{ Title = 'Show the Slack settings'; Code = 'Get-CoolifyNotificationSetting -Channel slack'; Remarks = 'Shows which events notify the channel.' }
                @{ Title = 'Every channel at once'; Code = "'discord', 'email', 'pushover', 'slack', 'telegram', 'webhook' | ForEach-Object { Get-CoolifyNotificationSetting -Channel `$_ }"; Remarks = 'One object per channel.' }
            )
        }
        'Set-CoolifyNotificationSetting'       = @{
            Synopsis    = 'Changes the team''s notification settings for one channel.'
            Description = @('-Channel chooses the channel; -Property holds the fields to change with Coolify''s names (for example slack_enabled, slack_webhook_url, deployment_failure_slack_notifications), as Get-CoolifyNotificationSetting shows them.')
            Examples    = @(@{ Title = 'Send failed deployments to Slack'; Code = "Set-CoolifyNotificationSetting -Channel slack -Property @{
    slack_enabled = `$true
    slack_webhook_url = 'https://hooks.slack.com/services/T000/B000/XXXX'
    deployment_failure_slack_notifications = `$true
}"; Remarks = 'Only the fields in -Property are sent.' })
        }

        # --- Private keys, S3 ----------------------------------------------------------------------------------
        'Get-CoolifyPrivateKey'                = @{ Synopsis = 'Lists the SSH private keys stored in Coolify, or gets them by id.'; Samples = @{ Uuid = 'pk0deploykey000000000000' } }
        'New-CoolifyPrivateKey'                = @{
            Synopsis = 'Stores an SSH private key, for reaching servers or private Git repositories.'
            Examples = @(@{ Title = 'Store a key from a file'; Code = 'New-CoolifyPrivateKey -Name deploy-key -PrivateKey (Get-Content -Raw ~/.ssh/coolify_ed25519 | ConvertTo-SecureString -AsPlainText -Force)'; Remarks = 'The key is a SecureString; the object written has the key''s id and public key, never the private key.' })
        }
        'Set-CoolifyPrivateKey'                = @{
            Synopsis = 'Replaces a stored private key, and optionally renames it.'
            Examples = @(@{ Title = 'Rotate a key'; Code = '$key = Get-Content -Raw ~/.ssh/coolify_ed25519_2026 | ConvertTo-SecureString -AsPlainText -Force
Get-CoolifyPrivateKey -Name deploy-key | Set-CoolifyPrivateKey -PrivateKey $key -Description ''rotated 2026-01'''; Remarks = 'Coolify needs the key itself on every change; servers that use it connect with the new key from then on.' })
        }
        'Remove-CoolifyPrivateKey'             = @{ Synopsis = 'Deletes stored private keys.' }
        'Get-CoolifyS3Storage'                 = @{ Synopsis = 'Lists the S3-compatible storages backups can go to, or gets them by id.'; Samples = @{ Uuid = 's3offsite000000000000000' } }
        'New-CoolifyS3Storage'                 = @{
            Synopsis = 'Adds an S3-compatible storage (AWS S3, Cloudflare R2, MinIO, ...) for backups.'
            Examples = @(@{ Title = 'Add a bucket for backups and check it'; Code = 'New-CoolifyS3Storage -Name offsite-backups -Endpoint https://s3.eu-central-1.amazonaws.com -Region eu-central-1 `
    -Bucket acme-coolify-backups -Key AKIAEXAMPLE -Secret (Read-Host -AsSecureString) | Test-CoolifyS3Storage'; Remarks = 'Test-CoolifyS3Storage lists the bucket to check the credentials.' })
        }
        'Set-CoolifyS3Storage'                 = @{
            Synopsis = 'Changes an S3 storage''s settings or credentials.'
            Examples = @(@{ Title = 'Rotate the access key, then check it'; Code = 'Get-CoolifyS3Storage -Name offsite-backups | Set-CoolifyS3Storage -Key AKIANEWEXAMPLE -Secret (Read-Host -AsSecureString)
Get-CoolifyS3Storage -Name offsite-backups | Test-CoolifyS3Storage'; Remarks = 'Only the given settings are sent.' })
        }
        'Remove-CoolifyS3Storage'              = @{ Synopsis = 'Deletes S3 storages.' }
        'Test-CoolifyS3Storage'                = @{ Synopsis = 'Checks S3 storages by listing their buckets with the stored credentials.' }

        # --- Scheduled tasks -------------------------------------------------------------------------------------
        'Get-CoolifyScheduledTask'             = @{
            Synopsis = 'Lists the scheduled tasks (cron jobs) of an application or a service.'
            Examples = @(
                @{ Title = 'The tasks of an application'; Code = 'Get-CoolifyApplication -Name web-frontend | Get-CoolifyScheduledTask'; Remarks = 'A piped application binds -ApplicationUuid; a piped service binds -ServiceUuid.' }
                @{ Title = 'Tasks that are switched off, in every application'; Code = 'Get-CoolifyApplication | Get-CoolifyScheduledTask | Where-Object Enabled -eq $false'; Remarks = 'Each task carries its application''s id, so it pipes on to Set-, Invoke- and Remove-CoolifyScheduledTask.' }
            )
        }
        'New-CoolifyScheduledTask'             = @{
            Synopsis = 'Adds a scheduled task (a command on a cron schedule) to an application or a service.'
            Examples = @(
                @{ Title = 'Prune a cache every night'; Code = "Get-CoolifyApplication -Name web-frontend | New-CoolifyScheduledTask -Name nightly-cleanup -Command 'php artisan cache:prune' -Frequency '0 3 * * *'"; Remarks = 'The command runs in the application''s container; -Container picks another container of a compose application or service.' }
                @{ Title = 'A task in a service container'; Code = "Get-CoolifyService -Name n8n | New-CoolifyScheduledTask -Name export-workflows -Command 'n8n export:workflow --all --output=/home/node/backup/' -Frequency daily -Container n8n -Timeout 600"; Remarks = '-Frequency takes a cron expression or every_minute, hourly, daily, weekly, monthly, yearly.' }
            )
        }
        'Set-CoolifyScheduledTask'             = @{
            Synopsis = 'Changes scheduled tasks: their command, schedule, container, timeout, or whether they run.'
            Examples = @(@{ Title = 'Pause a task'; Code = 'Get-CoolifyApplication -Name web-frontend | Get-CoolifyScheduledTask -Name nightly-cleanup | Set-CoolifyScheduledTask -Enabled:$false'; Remarks = 'The piped task gives -ScheduledTaskUuid and its application''s id.' })
        }
        'Remove-CoolifyScheduledTask'          = @{ Synopsis = 'Deletes scheduled tasks of an application or a service.' }
        'Invoke-CoolifyScheduledTask'          = @{
            Synopsis = 'Runs scheduled tasks now, outside their schedule.'
            Examples = @(@{ Title = 'Run a task now and look at the result'; Code = '$task = Get-CoolifyApplication -Name web-frontend | Get-CoolifyScheduledTask -Name nightly-cleanup
$task | Invoke-CoolifyScheduledTask
$task | Get-CoolifyScheduledTaskExecution | Select-Object -First 1'; Remarks = 'Coolify queues the run; its execution record shows status and output.' })
        }
        'Get-CoolifyScheduledTaskExecution'    = @{ Synopsis = 'Lists the runs of a scheduled task, with status, output and duration.' }

        # --- Servers ----------------------------------------------------------------------------------------------
        'New-CoolifyServer'                    = @{
            Synopsis = 'Adds a server that Coolify reaches over SSH.'
            Examples = @(@{ Title = 'Add a server and check it at once'; Code = "New-CoolifyServer -Name edge-2 -Ip 203.0.113.10 -Port 22 -User root ``
    -PrivateKeyUuid (Get-CoolifyPrivateKey -Name deploy-key).Uuid -ProxyType traefik -InstantValidate"; Remarks = 'With -InstantValidate Coolify connects at once and installs Docker if it is missing; Test-CoolifyServer does that later.' })
        }
        'Set-CoolifyServer'                    = @{
            Synopsis = 'Changes a server''s settings: name, address, SSH user and key, build concurrency, deployment limits and more.'
            Examples = @(@{ Title = 'Allow more builds at once'; Code = 'Get-CoolifyServer -Name edge-1 | Set-CoolifyServer -ConcurrentBuilds 4 -DeploymentQueueLimit 50'; Remarks = 'Only the given settings are sent.' })
        }
        'Remove-CoolifyServer'                 = @{ Synopsis = 'Removes servers from Coolify; Coolify refuses while resources still run on one.' }
        'Test-CoolifyServer'                   = @{
            Synopsis = 'Validates servers: Coolify connects over SSH and checks Docker, and with -Install installs what is missing.'
            Examples = @(@{ Title = 'Validate every server'; Code = 'Get-CoolifyServer | Test-CoolifyServer'; Remarks = 'Coolify queues the check; the server''s settings show the result.' })
        }
        'Get-CoolifyServerCloudflareTunnel'    = @{ Synopsis = 'Gets the Cloudflare Tunnel settings of a server.' }
        'Set-CoolifyServerCloudflareTunnel'    = @{ Synopsis = 'Changes the stored Cloudflare Tunnel settings of a server, without configuring cloudflared on it.' }
        'Enable-CoolifyServerCloudflareTunnel' = @{ Synopsis = 'Marks a server as reached through a Cloudflare Tunnel (as the dashboard''s manual switch does); cloudflared itself is not deployed.' }
        'Disable-CoolifyServerCloudflareTunnel' = @{ Synopsis = 'Marks a server as no longer reached through a Cloudflare Tunnel and restores its previous address; cloudflared is not removed.' }
        'Get-CoolifyServerDockerCleanup'       = @{ Synopsis = 'Gets a server''s Docker cleanup settings: when it runs and what it removes.' }
        'Set-CoolifyServerDockerCleanup'       = @{
            Synopsis = 'Changes a server''s Docker cleanup settings.'
            Examples = @(@{ Title = 'Clean up every Sunday night, when the disk is 80% full'; Code = "Get-CoolifyServer -Name edge-1 | Set-CoolifyServerDockerCleanup -DockerCleanupFrequency '0 4 * * 0' -DockerCleanupThreshold 80"; Remarks = 'Only the given settings are sent.' })
        }
        'Invoke-CoolifyServerDockerCleanup'    = @{ Synopsis = 'Runs a Docker cleanup on a server now: unused images and build cache, optionally volumes and networks.' }
        'Get-CoolifyServerDockerCleanupExecution' = @{ Synopsis = 'Lists a server''s recent Docker cleanup runs and their logs.' }
        'Get-CoolifyServerLogDrain'            = @{ Synopsis = 'Gets a server''s log drain settings (New Relic, Axiom or a custom Fluent Bit output).' }
        'Set-CoolifyServerLogDrain'            = @{
            Synopsis = 'Changes where a server sends its containers'' logs: New Relic, Axiom or a custom Fluent Bit output.'
            Examples = @(@{ Title = 'Send logs to Axiom'; Code = 'Get-CoolifyServer -Name edge-1 | Set-CoolifyServerLogDrain -IsLogdrainAxiomEnabled -LogdrainAxiomDatasetName coolify -LogdrainAxiomApiKey (Read-Host -AsSecureString)'; Remarks = 'Applications send their logs only when their own log drain setting is on (-IsLogDrainEnabled of Set-CoolifyApplication).' })
        }
        'Get-CoolifyServerProxy'               = @{ Synopsis = 'Gets a server''s proxy settings (Traefik, Caddy or none); the proxy''s configuration only with read:sensitive.' }
        'Set-CoolifyServerProxy'               = @{ Synopsis = 'Changes a server''s proxy settings: the proxy type, the redirect for unknown hosts, exact label generation.'; Samples = @{ RedirectUrl = 'https://example.com' } }
        'Set-CoolifyServerProxyConfiguration'  = @{
            Synopsis = 'Replaces the Docker Compose configuration of a server''s proxy.'
            Examples = @(@{ Title = 'Save an edited proxy configuration and restart the proxy'; Code = "`$server = Get-CoolifyServer -Name edge-1
`$server | Set-CoolifyServerProxyConfiguration -Configuration (Get-Content -Raw ./traefik-compose.yml)
`$server | Restart-CoolifyServerProxy"; Remarks = 'The configuration is plain YAML; the module base64-encodes it.' })
        }
        'Restart-CoolifyServerProxy'           = @{ Synopsis = 'Restarts the proxy (Traefik or Caddy) of servers.' }
        'Get-CoolifyServerSentinel'            = @{ Synopsis = 'Gets a server''s Sentinel settings (Coolify''s metrics and status agent); its token only with read:sensitive.' }
        'Set-CoolifyServerSentinel'            = @{ Synopsis = 'Changes a server''s Sentinel settings; changing the token or timings may restart Sentinel.'; Samples = @{ SentinelMetricsHistoryDays = '14' } }
        'Export-CoolifyServer'                 = @{
            Synopsis    = 'Exports a server and everything on it as a transfer bundle, to move it to another Coolify instance.'
            Description = @('Moving a server between instances takes four steps: Export-CoolifyServer here, Import-CoolifyServer on the new instance, Register-CoolifyServer there to claim the host, and Complete-CoolifyServerTransfer here to stop managing it. Move-CoolifyServer does all four in one call. The bundle holds secrets, so the token needs read:sensitive; -Encrypt with -Passphrase encrypts it.', '-Encrypt needs -Passphrase: Coolify would otherwise send the bundle unencrypted, private key included. Coolify reads the passphrase from the query string, so a proxy in between may log it; use a passphrase for this transfer only. Coolify serves server transfers only on development installs (APP_ENV=local); other instances answer 404, which the cmdlet reports as CoolifyNotSupported.')
            Examples    = @(@{ Title = 'Export an encrypted bundle to a file'; Code = "Get-CoolifyServer -Name edge-1 | Export-CoolifyServer -Encrypt -Passphrase 'correct horse battery staple' |
    ConvertTo-Json -Depth 20 | Set-Content ./edge-1.bundle.json"; Remarks = 'Keep the file and the passphrase apart; anyone with both can read the secrets in it.' })
        }
        'Import-CoolifyServer'                 = @{
            Synopsis    = 'Imports a server transfer bundle into this Coolify instance.'
            Description = @('The bundle comes from Export-CoolifyServer on the old instance. By default the import adopts the running containers without redeploying them (-AdoptMode); -DryRun checks the bundle without importing, and -Claim registers the host for this instance at once.')
            Examples    = @(@{ Title = 'Check a bundle, then import it'; Code = "`$bundle = Get-Content -Raw ./edge-1.bundle.json | ConvertFrom-Json
Import-CoolifyServer -Bundle `$bundle -Passphrase 'correct horse battery staple' -DryRun
Import-CoolifyServer -Bundle `$bundle -Passphrase 'correct horse battery staple' -AdoptMode -Claim"; Remarks = 'Run it connected to the new instance (Connect-Coolify, or -Connection).' })
        }
        'Move-CoolifyServer'                   = @{
            Synopsis = 'Moves a server to another Coolify instance in one step: export here, import and claim there, hand over here.'
            Examples = @(@{ Title = 'Move a server to a new instance'; Code = 'Get-CoolifyServer -Name edge-1 | Move-CoolifyServer -TargetUrl https://coolify-new.example.com -TargetToken (Read-Host -AsSecureString) -AdoptMode -WhatIf'; Remarks = 'The target token needs root or write on the new instance; this one needs read:sensitive and write.' })
        }
        'Register-CoolifyServer'               = @{ Synopsis = 'Claims a server''s host for this instance after an import: writes the ownership file and points Sentinel here.' }
        'Complete-CoolifyServerTransfer'       = @{ Synopsis = 'Finishes moving a server away: on the old instance, stops its automations once the new one has it.' }

        # --- Service applications and databases (the containers of a service) ---------------------------------
        'Get-CoolifyServiceApplication'        = @{
            Synopsis = 'Lists the application containers of a service, or gets them by id.'
            Examples = @(@{ Title = 'The containers of a service'; Code = 'Get-CoolifyService -Name n8n | Get-CoolifyServiceApplication'; Remarks = 'Each one carries its service''s id, so it pipes on to Start-, Stop-, Restart- and Set-CoolifyServiceApplication.' })
        }
        'Set-CoolifyServiceApplication'        = @{
            Synopsis = 'Changes an application container of a service: its URLs, image, name, log drain and proxy settings.'
            Examples = @(@{ Title = 'Give a service''s container its public URL'; Code = "Get-CoolifyService -Name n8n | Get-CoolifyServiceApplication | Set-CoolifyServiceApplication -Url 'https://n8n.example.com'"; Remarks = 'The URL goes to the proxy at the next restart of the service.' })
        }
        'Get-CoolifyServiceApplicationLog'     = @{
            Synopsis = 'Gets the latest log lines of an application container of a service.'
            Examples = @(@{ Title = 'The last 100 lines'; Code = 'Get-CoolifyService -Name n8n | Get-CoolifyServiceApplication | Get-CoolifyServiceApplicationLog -Lines 100'; Remarks = 'Get-CoolifyLog -ServiceUuid <id> -SubService <name> does the same by container name, and can follow the log.' })
        }
        'Start-CoolifyServiceApplication'      = @{ Synopsis = 'Starts one application container of a service (docker compose up, without its dependencies), optionally pulling or rebuilding it.' }
        'Stop-CoolifyServiceApplication'       = @{ Synopsis = 'Stops one application container of a service.' }
        'Restart-CoolifyServiceApplication'    = @{ Synopsis = 'Restarts one application container of a service.' }
        'Get-CoolifyServiceDatabase'           = @{ Synopsis = 'Lists the database containers of a service, or gets them by id.' }
        'Set-CoolifyServiceDatabase'           = @{ Synopsis = 'Changes a database container of a service: its image, name, public port and log drain.'; Samples = @{ PublicPort = '54322' } }
        'Get-CoolifyServiceDatabaseLog'        = @{ Synopsis = 'Gets the latest log lines of a database container of a service.' }
        'Start-CoolifyServiceDatabase'         = @{ Synopsis = 'Starts one database container of a service.' }
        'Stop-CoolifyServiceDatabase'          = @{ Synopsis = 'Stops one database container of a service.' }
        'Restart-CoolifyServiceDatabase'       = @{ Synopsis = 'Restarts one database container of a service.' }

        # --- Shared variables ----------------------------------------------------------------------------------------
        'Get-CoolifySharedVariable'            = @{
            Synopsis    = 'Lists shared environment variables of the team, a project, a project environment or a server.'
            Description = @('Shared variables are defined once and used by many resources as {{team.KEY}}, {{project.KEY}}, {{environment.KEY}} or {{server.KEY}}. Without parameters the team''s are listed; -ProjectUuid, -ProjectUuid with -EnvironmentName, or -ServerUuid choose the others.')
            Examples    = @(
                @{ Title = 'The team''s shared variables'; Code = 'Get-CoolifySharedVariable | Format-Table Key, Value, IsLiteral'; Remarks = 'Values come back only to tokens with read:sensitive.' }
                @{ Title = 'The variables of a project''s production environment'; Code = 'Get-CoolifyProject -Name web | Get-CoolifySharedVariable -EnvironmentName production'; Remarks = 'A piped project binds -ProjectUuid.' }
            )
        }
        'New-CoolifySharedVariable'            = @{
            Synopsis = 'Creates a shared environment variable for the team, a project, a project environment or a server.'
            Examples = @(
                @{ Title = 'A variable every resource of the team can use'; Code = "New-CoolifySharedVariable -Key API_BASE_URL -Value 'https://api.example.com'"; Remarks = 'Resources use it as {{team.API_BASE_URL}}.' }
                @{ Title = 'A secret for one environment, shown only once'; Code = "Get-CoolifyProject -Name web | New-CoolifySharedVariable -EnvironmentName production -Key STRIPE_KEY -Value 'sk_live_...' -IsShownOnce"; Remarks = 'Resources of that environment use it as {{environment.STRIPE_KEY}}.' }
            )
        }
        'Set-CoolifySharedVariable'            = @{
            Synopsis = 'Changes shared environment variables.'
            Examples = @(@{ Title = 'Change a team variable''s value'; Code = "Get-CoolifySharedVariable | Where-Object Key -eq 'API_BASE_URL' | Set-CoolifySharedVariable -Key API_BASE_URL -Value 'https://api2.example.com'"; Remarks = 'The piped variable gives its id; resources see the new value at their next deployment.' })
        }
        'Remove-CoolifySharedVariable'         = @{ Synopsis = 'Deletes shared environment variables.' }

        # --- Tags ------------------------------------------------------------------------------------------------------
        'New-CoolifyTag'                       = @{ Synopsis = 'Creates a team tag; Add-CoolifyTag puts tags on applications, services and databases.'; Examples = @(@{ Title = 'Create a tag'; Code = 'New-CoolifyTag -Name staging'; Remarks = 'Add-CoolifyTag creates missing tags too, so this is needed only for a tag not on any resource yet.' }) }
        'Get-CoolifyInstanceEmailSetting'      = @{
            Synopsis    = 'Gets the instance''s own e-mail settings (SMTP or Resend), which Coolify uses for its notifications and invitations.'
            Description = @('These are the instance-wide settings under Settings > Transactional e-mail in the dashboard, not a team''s notification channel (Get-CoolifyNotificationSetting -Channel email). Only a token of the root team, whose user is an admin or owner of it, can read them; the host, user name, password and Resend key show only with read:sensitive. The route is not in Coolify''s API document; Coolify 4.3.11 has it.')
            Examples    = @(@{ Title = 'Show the SMTP settings'; Code = 'Get-CoolifyInstanceEmailSetting | Format-List Smtp*'; Remarks = 'Secrets come back empty without read:sensitive.' })
        }
        'Set-CoolifyInstanceEmailSetting'      = @{
            Synopsis    = 'Changes the instance''s own e-mail settings (SMTP or Resend); only the fields given change.'
            Description = @('Needs a root-team token with write:sensitive, of a user who is admin or owner of the root team. The password and the Resend key are SecureStrings and never appear in any output.')
            Examples    = @(@{ Title = 'Send through an SMTP relay'; Code = "Set-CoolifyInstanceEmailSetting -SmtpEnabled -SmtpHost smtp.example.com -SmtpPort 587 -SmtpEncryption starttls -SmtpUsername coolify -SmtpPassword (Read-Host -AsSecureString) -SmtpFromAddress coolify@example.com -SmtpFromName Coolify"; Remarks = '-WhatIf shows the change without sending it.' })
        }
        'Set-CoolifyTag'                       = @{ Synopsis = 'Renames team tags.'; Samples = @{ Name = 'stage' } }

        # --- Services -------------------------------------------------------------------------------------------
        'Get-CoolifyService'                   = @{
            Synopsis    = 'Lists services, filtered by name, or gets services by id with their containers.'
            Description = @(
                'A Coolify service is a stack of containers made from a one-click template (n8n, Plausible, Uptime Kuma, ...) or from a docker compose file. A service got by id also carries its Applications and Databases (the containers) and, for a token with read:sensitive, its compose file.'
                'Each service object has a Uuid and a ServiceUuid property, so it pipes on to the service cmdlets and to those for what services have: environment variables, storages, tags, logs and scheduled tasks.'
            )
            Examples    = @(
                @{ Title = 'List the services and their status'; Code = 'Get-CoolifyService'; Remarks = 'Shows name, status, template and id of each service.' }
                @{ Title = 'Start every service that has exited'; Code = "Get-CoolifyService | Where-Object Status -like 'exited*' | Start-CoolifyService"; Remarks = 'Services pipe straight into Start-, Stop- and Restart-CoolifyService; each writes what Coolify queued.' }
                @{ Title = 'Find services by name and read their environment variables'; Code = "Get-CoolifyService -Name 'n8n*' | Get-CoolifyEnvironmentVariable"; Remarks = 'A piped service binds -ServiceUuid of the environment variable cmdlets.' }
                @{ Title = 'Get a service by id, with its containers'; Code = 'Get-CoolifyService -Uuid k0wcgw4 | Select-Object -ExpandProperty Applications'; Remarks = 'The containers'' names are what -SubService of Get-CoolifyLog takes.' }
            )
            Parameters  = @{ Uuid = 'Ids of the services to get; strings, or objects with a Uuid or ServiceUuid property from the pipeline.' }
            Samples     = @{ Uuid = 'k0wcgw4' }
        }
        'New-CoolifyService'                   = @{
            Synopsis    = 'Creates a service from a one-click template or from a docker compose file.'
            Description = @(
                'With -Type, New-CoolifyService creates the service from one of Coolify''s one-click templates (the name Coolify uses, e.g. n8n, plausible, uptime-kuma, minio); with -DockerCompose, from the text of a compose file. Coolify takes one of the two, so each has its own parameter set.'
                'The service goes into a project environment (-ProjectUuid with -EnvironmentName or -EnvironmentUuid; one of these two is needed, and checked before anything is sent) on a server (-ServerUuid); -DestinationUuid picks the Docker network when the server has more than one. A piped project, environment or server binds those ids by property name. -Url sets public URLs per container. The service is not started unless you add -InstantDeploy.'
                'It writes the new service, read back from Coolify by its id.'
            )
            Examples    = @(
                @{ Title = 'Create an n8n service and start it'; Code = 'New-CoolifyService -Type n8n -Name automation -ProjectUuid prj1ops00000000000000000 -ServerUuid srv0localhost0000000000a `
    -EnvironmentName production -Url @{ n8n = ''https://n8n.example.com'' } -InstantDeploy'; Remarks = 'The keys of -Url are the container names of the template.' }
                @{ Title = 'Create a service from a compose file'; Code = 'New-CoolifyService -DockerCompose (Get-Content -Raw ./compose.yaml) -Name wiki `
    -ProjectUuid prj0web00000000000000000 -ServerUuid srv0localhost0000000000a -EnvironmentName staging'; Remarks = 'The file is read as text; the module base64-encodes it.' }
                @{ Title = 'Create into the environment of a piped project'; Code = 'Get-CoolifyProject -Name web | New-CoolifyService -Type uptime-kuma -ServerUuid srv0localhost0000000000a -EnvironmentName production -WhatIf'; Remarks = 'A piped project binds -ProjectUuid. -WhatIf shows what would be created.' }
            )
            Parameters  = @{
                Type                 = 'The one-click template, e.g. n8n, plausible, uptime-kuma.'
                DockerCompose        = 'A docker compose file as plain text (Get-Content -Raw); the module base64-encodes it.'
                ProjectUuid          = 'Id of the project to create the service in; a piped project or environment binds it.'
                ServerUuid           = 'Id of the server to run it on; a piped server binds it.'
                EnvironmentName      = 'Name of the project environment, e.g. production; a piped environment binds it. Give this or -EnvironmentUuid.'
                EnvironmentUuid      = 'Id of the project environment; a piped environment binds it. Give this or -EnvironmentName.'
                Name                 = 'Name of the service; Coolify picks one when omitted.'
                Description          = 'A description of the service.'
                DestinationUuid      = 'Id of the Docker network (destination) on the server, when it has more than one.'
                Url                  = 'URLs per container of the service, as a hashtable: @{ n8n = ''https://n8n.example.com'' }; several URLs of one container as a list.'
                ForceDomainOverride  = 'Take the URLs even when another resource already uses the domain.'
                ContainerLabelEscape = 'Whether Coolify escapes $ in container labels, $true or $false (Coolify''s default: $true).'
                Tag                  = 'Names of tags to put on the service.'
                InstantDeploy        = 'Start the service right after creating it.'
            }
        }
        'Set-CoolifyService'                   = @{
            Synopsis    = 'Changes the settings of services: name, description, compose file, URLs and network options.'
            Description = @(
                '-DockerCompose replaces the compose file. -Url sets public URLs per container, e.g. @{ n8n = ''https://n8n.example.com'' }. Changes take effect when the service is restarted: add -InstantDeploy to restart it right away.'
                'Nothing is written unless -PassThru, which writes each service as Coolify stored it.'
            )
            Examples    = @(
                @{ Title = 'Rename a service'; Code = "Get-CoolifyService -Name n8n | Set-CoolifyService -Name automation -Description 'workflow automation'"; Remarks = 'Only the name and description are sent.' }
                @{ Title = 'Give a container a new URL and restart the service'; Code = "Set-CoolifyService -Uuid k0wcgw4 -Url @{ n8n = 'https://flows.example.com' } -InstantDeploy -PassThru"; Remarks = '-ForceDomainOverride takes the domain even when another resource uses it.' }
                @{ Title = 'Replace the compose file of services, after a look'; Code = "Get-CoolifyService -Name 'wiki*' | Set-CoolifyService -DockerCompose (Get-Content -Raw ./compose.yaml) -WhatIf"; Remarks = '-WhatIf shows each change without sending it.' }
            )
            Parameters  = @{
                Uuid                   = 'Ids of the services to change; strings, or objects with a Uuid or ServiceUuid property from the pipeline.'
                Name                   = 'The new name of the service.'
                Description            = 'The new description of the service.'
                DockerCompose          = 'The new docker compose file as plain text; the module base64-encodes it.'
                Url                    = 'URLs per container of the service, as a hashtable: @{ n8n = ''https://n8n.example.com'' }; several URLs of one container as a list.'
                ForceDomainOverride    = 'Take the URLs even when another resource already uses the domain.'
                ConnectToDockerNetwork = 'Connect the service''s containers to the predefined Docker network, $true or $false.'
                ContainerLabelEscape   = 'Whether Coolify escapes $ in container labels, $true or $false (Coolify''s default: $true); $false lets labels use variables.'
                InstantDeploy          = 'Restart the service right after the change.'
            }
        }
        'Remove-CoolifyService'                = @{
            Synopsis    = 'Deletes services, with their containers and, unless told otherwise, their volumes, configuration files and networks.'
            Description = @('As in the Coolify dashboard, deleting a service also deletes its Docker volumes (its data), its configuration files on the server and the networks it was connected to, and runs a Docker cleanup afterwards. -KeepVolumes, -KeepConfiguration, -KeepNetworks (alias -KeepConnectedNetworks) and -SkipDockerCleanup keep what they name. Each of the four choices is sent to Coolify as true or false, so its defaults never decide, and -WhatIf and -Confirm say what would be deleted and what kept.')
            Examples    = @(
                @{ Title = 'See what would be deleted'; Code = "Get-CoolifyService -Name 'test-*' | Remove-CoolifyService -WhatIf"; Remarks = 'Nothing is sent.' }
                @{ Title = 'Delete a service but keep its data'; Code = 'Remove-CoolifyService -Uuid ghost000000000000000004a -KeepVolumes -Force'; Remarks = 'The volumes stay on the server, to be reused or backed up.' }
            )
            Parameters  = @{
                Uuid                    = 'Ids of the services to delete; strings, or objects with a Uuid or ServiceUuid property from the pipeline.'
                DeleteVolumes           = 'The same flag as -KeepVolumes the other way round, as on Remove-CoolifyApplication: -DeleteVolumes:$false is -KeepVolumes. Hidden; use -KeepVolumes.'
                DeleteConfigurations    = 'The same flag as -KeepConfiguration the other way round, as on Remove-CoolifyApplication: -DeleteConfigurations:$false is -KeepConfiguration. Hidden; use -KeepConfiguration.'
                DeleteConnectedNetworks = 'The same flag as -KeepNetworks the other way round, as on Remove-CoolifyApplication: -DeleteConnectedNetworks:$false is -KeepNetworks. Hidden; use -KeepNetworks.'
                DockerCleanup           = 'The same flag as -SkipDockerCleanup the other way round, as on Remove-CoolifyApplication: -DockerCleanup:$false is -SkipDockerCleanup. Hidden; use -SkipDockerCleanup.'
            }
        }
        'Copy-CoolifyService'                  = @{
            Synopsis    = 'Clones services to a destination (a Docker network on a server), optionally with their data.'
            Description = @('Copy-CoolifyService makes a copy of each service whose id it is given or that is piped to it, in the destination -DestinationUuid (Get-CoolifyDestination lists them), and writes the copy as Coolify stored it. -CloneVolumes copies the data of the volumes too; -Name names the copy, which Coolify otherwise calls <name>-clone-<id>.')
            Examples    = @(
                @{ Title = 'Copy a service to another server, with its data'; Code = 'Get-CoolifyService -Name n8n | Copy-CoolifyService -DestinationUuid dst1edge0000000000000000 -Name n8n-copy -CloneVolumes'; Remarks = 'Writes the new service; start it with Start-CoolifyService.' }
                @{ Title = 'See what would be copied'; Code = 'Copy-CoolifyService -Uuid k0wcgw4 -DestinationUuid dst1edge0000000000000000 -WhatIf'; Remarks = 'Nothing is sent.' }
            )
            Parameters  = @{
                Uuid            = 'Ids of the services to clone; strings, or objects with a Uuid or ServiceUuid property from the pipeline.'
                DestinationUuid = 'Id of the destination (Docker network) the copy runs in; Get-CoolifyDestination lists them.'
                Name            = 'Name of the copy; Coolify picks one when omitted.'
                CloneVolumes    = 'Copy the data of the service''s volumes too.'
            }
        }
        'Move-CoolifyService'                  = @{
            Synopsis    = 'Moves services to another project environment, or migrates them to another destination or server.'
            Description = @(
                'With -EnvironmentUuid the move only changes the project and environment the service belongs to; its containers keep running. With -DestinationUuid the service is migrated to another Docker network, possibly on another server; Coolify copies the volumes'' data along unless -MigrateVolumes:$false, and the cmdlet always sends migrate_volumes as true or false.'
                'Coolify (4.3.11) serves migration to a destination only when it runs as a development install; a production server answers 404 to it. The cmdlet then says so (ErrorId CoolifyNotSupported) instead of a bare "not found"; migrate from the Coolify dashboard there. Moving to another environment works everywhere.'
            )
            Examples    = @(
                @{ Title = 'Move a service to the staging environment'; Code = 'Get-CoolifyService -Name n8n | Move-CoolifyService -EnvironmentUuid env0stagweb0000000000000'; Remarks = 'Get-CoolifyEnvironment lists environments and their ids.' }
                @{ Title = 'Migrate a service to another server with its data'; Code = 'Get-CoolifyService -Name minio | Move-CoolifyService -DestinationUuid dst1edge0000000000000000 -MigrateVolumes -WhatIf'; Remarks = '-WhatIf shows the migration without starting it.' }
            )
            Parameters  = @{
                Uuid            = 'Ids of the services to move; strings, or objects with a Uuid or ServiceUuid property from the pipeline.'
                EnvironmentUuid = 'Id of the project environment to move the services to.'
                DestinationUuid = 'Id of the destination (a Docker network, possibly on another server) to migrate the services to.'
                MigrateVolumes  = 'Copy the volumes'' data to the new destination too. Coolify does unless told otherwise, so without this switch true is sent; -MigrateVolumes:$false sends false.'
            }
        }

        # --- Projects and environments ------------------------------------------------------------------------------
        'Get-CoolifyProject'                   = @{
            Synopsis    = 'Lists projects, filtered by name, or gets projects by id with their environments.'
            Description = @('Projects group resources, and each project has environments (production, staging, ...). A project got by id also carries its Environments, each with its project''s id. A project object has a ProjectUuid property, so it pipes on to Get-CoolifyEnvironment, New-CoolifyService and the shared variable cmdlets.')
            Examples    = @(
                @{ Title = 'List the projects'; Code = 'Get-CoolifyProject'; Remarks = 'Name, id and description of each project.' }
                @{ Title = 'The environments of a project'; Code = 'Get-CoolifyProject -Name web | Get-CoolifyEnvironment'; Remarks = 'A piped project binds -ProjectUuid.' }
                @{ Title = 'Get a project by id with its environments'; Code = 'Get-CoolifyProject -Uuid prj0web00000000000000000 | Select-Object -ExpandProperty Environments'; Remarks = 'The environments'' ids are what -EnvironmentUuid parameters take.' }
            )
            Parameters  = @{ Uuid = 'Ids of the projects; strings, or objects with a Uuid or ProjectUuid property from the pipeline.' }
            Samples     = @{ Uuid = 'prj0web00000000000000000' }
        }
        'New-CoolifyProject'                   = @{
            Synopsis    = 'Creates a project.'
            Description = @('New-CoolifyProject creates a project in the token''s team and writes it with its new id. Coolify gives a new project a production environment; New-CoolifyEnvironment adds more. -Name and -Description also bind from piped objects by property name, so rows of a CSV file can be piped in.')
            Examples    = @(
                @{ Title = 'Create a project'; Code = "New-CoolifyProject -Name intranet -Description 'Internal tools'"; Remarks = 'Writes the project and its id.' }
                @{ Title = 'Create a project with a staging environment'; Code = 'New-CoolifyProject -Name shop | New-CoolifyEnvironment -Name staging'; Remarks = 'The new project pipes on by its ProjectUuid.' }
            )
            Parameters  = @{ Name = 'Name of the new project.'; Description = 'A description of the project.' }
        }
        'Set-CoolifyProject'                   = @{
            Synopsis    = 'Renames a project or changes its description.'
            Description = @('Nothing is written unless -PassThru, which writes each project as Coolify stored it.')
            Examples    = @(
                @{ Title = 'Rename a project'; Code = 'Get-CoolifyProject -Name web | Set-CoolifyProject -Name website -PassThru'; Remarks = 'Writes the renamed project.' }
                @{ Title = 'Change a description by id'; Code = "Set-CoolifyProject -Uuid prj1ops00000000000000000 -Description 'Workers and caches' -WhatIf"; Remarks = 'Leave out -WhatIf to send it.' }
            )
            Parameters  = @{ Uuid = 'Ids of the projects; plain ids and piped projects bind it.'; Name = 'The new name of the project.'; Description = 'The new description of the project.' }
        }
        'Remove-CoolifyProject'                = @{
            Synopsis    = 'Deletes projects; Coolify refuses while a project still holds resources.'
            Description = @('Remove-CoolifyProject deletes each project whose id it is given or that is piped to it. Coolify refuses to delete a project that still has applications, services or databases: move or delete those first.')
            Examples    = @(
                @{ Title = 'See which projects would be deleted'; Code = "Get-CoolifyProject -Name 'test-*' | Remove-CoolifyProject -WhatIf"; Remarks = 'Nothing is sent.' }
                @{ Title = 'Delete an empty project'; Code = 'Remove-CoolifyProject -Uuid prj1ops00000000000000000 -Force'; Remarks = 'An error when the project still has resources.' }
            )
        }
        'Get-CoolifyEnvironment'               = @{
            Synopsis    = 'Lists the environments of a project, or gets environments by name or id.'
            Description = @('Get-CoolifyEnvironment lists the environments of the project -ProjectUuid (a piped project binds it). -Name gets environments by name or by id: each plain name or id is asked of Coolify on its own, and the answer is the whole environment; names with wildcards filter the list instead. Each environment carries its project''s id, so it pipes on to Set- and Remove-CoolifyEnvironment, and its Uuid is what -EnvironmentUuid parameters take.')
            Examples    = @(
                @{ Title = 'The environments of a project'; Code = 'Get-CoolifyProject -Name web | Get-CoolifyEnvironment'; Remarks = 'Name and id of each environment.' }
                @{ Title = 'The id of the staging environment'; Code = '(Get-CoolifyEnvironment -ProjectUuid prj0web00000000000000000 -Name staging).Uuid'; Remarks = 'For -EnvironmentUuid of Move-CoolifyApplication and others.' }
                @{ Title = 'Environments whose name starts with prod'; Code = "Get-CoolifyProject -Name web | Get-CoolifyEnvironment -Name 'prod*'"; Remarks = 'A wildcard filters the list of the project''s environments.' }
            )
            Parameters  = @{ ProjectUuid = 'Id of the project; a piped project binds it.'; Name = 'Environment names or ids to get; names with wildcards filter the list.' }
        }
        'New-CoolifyEnvironment'               = @{
            Synopsis    = 'Adds an environment to a project.'
            Description = @('New-CoolifyEnvironment adds an environment named -Name to the project -ProjectUuid (a piped project binds it) and writes it with its new id.')
            Examples    = @(
                @{ Title = 'Add a preview environment'; Code = 'Get-CoolifyProject -Name web | New-CoolifyEnvironment -Name preview'; Remarks = 'Writes the new environment.' }
                @{ Title = 'Add an environment by project id'; Code = 'New-CoolifyEnvironment -ProjectUuid prj1ops00000000000000000 -Name qa -WhatIf'; Remarks = 'Leave out -WhatIf to create it.' }
            )
            Parameters  = @{ ProjectUuid = 'Id of the project; a piped project binds it.'; Name = 'Name of the new environment, e.g. staging.' }
        }
        'Set-CoolifyEnvironment'               = @{
            Synopsis    = 'Renames an environment or changes its description.'
            Description = @('Set-CoolifyEnvironment changes the environment -Name (its current name, or its id) of the project -ProjectUuid; a piped environment binds both. -NewName renames it. It writes the environment as Coolify answered.')
            Examples    = @(
                @{ Title = 'Rename an environment'; Code = 'Get-CoolifyProject -Name web | Get-CoolifyEnvironment -Name staging | Set-CoolifyEnvironment -NewName qa'; Remarks = 'The piped environment gives its project and name.' }
                @{ Title = 'Describe an environment'; Code = "Set-CoolifyEnvironment -ProjectUuid prj0web00000000000000000 -Name production -Description 'Customer-facing' -WhatIf"; Remarks = 'Leave out -WhatIf to send it.' }
            )
            Parameters  = @{
                ProjectUuid = 'Id of the project; a piped project or environment binds it.'
                Name        = 'Current name (or id) of the environment; a piped environment binds it.'
                NewName     = 'The new name of the environment.'
                Description = 'The new description of the environment.'
            }
        }
        'Remove-CoolifyEnvironment'            = @{
            Synopsis    = 'Deletes an environment of a project; Coolify refuses while it still holds resources.'
            Description = @('Remove-CoolifyEnvironment deletes the environment -Name (its name or id) of the project -ProjectUuid; piped environments bind both. Coolify refuses while the environment still has resources.')
            Examples    = @(
                @{ Title = 'Delete an environment, after a look'; Code = 'Get-CoolifyProject -Name web | Get-CoolifyEnvironment -Name preview | Remove-CoolifyEnvironment -WhatIf'; Remarks = 'Nothing is sent.' }
                @{ Title = 'Delete an environment in a script'; Code = 'Remove-CoolifyEnvironment -ProjectUuid prj0web00000000000000000 -Name preview -Force'; Remarks = 'An error when it still has resources.' }
            )
            Parameters  = @{ ProjectUuid = 'Id of the project; a piped project or environment binds it.'; Name = 'Name (or id) of the environment; a piped environment binds it.' }
        }

        # --- Servers, resources, domains ------------------------------------------------------------------------------
        'Get-CoolifyServer'                    = @{
            Synopsis    = 'Lists servers, filtered by name, or gets servers by id.'
            Description = @(
                'With -Uuid, -IncludeResources has each server carry the applications, services and databases on it in its Resources property, from the same one request per server.'
                'A server object has a ServerUuid property, so it pipes on to the server cmdlets: Get-CoolifyResource, Get-CoolifyDomain, Get-CoolifyDestination, the proxy, Sentinel, log drain and Docker cleanup settings, and Test-CoolifyServer.'
            )
            Examples    = @(
                @{ Title = 'List the servers'; Code = 'Get-CoolifyServer'; Remarks = 'Name, id and address of each server.' }
                @{ Title = 'What runs on a server'; Code = 'Get-CoolifyServer -Name localhost | Get-CoolifyResource'; Remarks = 'Applications, services and databases on that server.' }
                @{ Title = 'Get servers by id'; Code = "'srv0localhost0000000000a', 'srv1edge0000000000000000' | Get-CoolifyServer"; Remarks = 'Ids can be piped as plain strings.' }
                @{ Title = 'A server with what runs on it'; Code = '(Get-CoolifyServer -Uuid srv0localhost0000000000a -IncludeResources).Resources | Format-Table Name, Type, Status'; Remarks = 'Resources lists each application, service and database on the server, as Get-CoolifyResource does.' }
            )
            Parameters  = @{
                Uuid             = 'Ids of the servers to get; strings, or objects with a Uuid or ServerUuid property from the pipeline.'
                IncludeResources = 'With -Uuid: each server also carries, in its Resources property, the applications, services and databases on it (Uuid, Name, Type, Status).'
            }
            Samples     = @{ Uuid = 'srv0localhost0000000000a' }
        }
        'Get-CoolifyResource'                  = @{
            Synopsis    = 'Lists every application, service and database of the team, or those on one server.'
            Description = @('Get-CoolifyResource gives one list of everything the team runs, with each resource''s Type, Name, Status and Uuid; with -ServerUuid (or a piped server) only what runs on that server.')
            Examples    = @(
                @{ Title = 'Everything that is not running'; Code = "Get-CoolifyResource | Where-Object Status -notlike 'running*'"; Remarks = 'Applications, services and databases in one list.' }
                @{ Title = 'What runs on a server'; Code = 'Get-CoolifyServer -Name localhost | Get-CoolifyResource'; Remarks = 'A piped server binds -ServerUuid.' }
            )
            Parameters  = @{ ServerUuid = 'Only the resources on this server; a piped server binds it.' }
        }
        'Get-CoolifyDomain'                    = @{
            Synopsis    = 'Lists the domains a server serves, grouped by IP address, or the domains of one application.'
            Description = @(
                'Get-CoolifyDomain writes, for the server -ServerUuid (a piped server binds it), one object per IP address with the domains of the applications it serves, e.g. to check DNS records before a migration.'
                'With -ApplicationUuid it writes one object for that application instead: Domains are its host names (as in the server''s list: no scheme, port or path), Urls its URLs as Coolify stores them, and Ip is empty, since Coolify does not say it for one application. Coolify looks the application up in the whole team, not only on -ServerUuid, which must still name a server of the team.'
            )
            Examples    = @(
                @{ Title = 'The domains of a server'; Code = 'Get-CoolifyServer -Name localhost | Get-CoolifyDomain'; Remarks = 'Ip and Domains of each address.' }
                @{ Title = 'Every domain of every server, one per line'; Code = 'Get-CoolifyServer | Get-CoolifyDomain | ForEach-Object Domains | Sort-Object -Unique'; Remarks = 'A flat list of domain names.' }
                @{ Title = 'The domains of one application'; Code = 'Get-CoolifyDomain -ServerUuid srv0localhost0000000000a -ApplicationUuid app0webfrontend000000000 | Select-Object -ExpandProperty Urls'; Remarks = 'Its URLs as Coolify stores them; Domains has the host names.' }
            )
            Parameters  = @{
                ServerUuid      = 'Id of the server; a piped server binds it.'
                ApplicationUuid = 'Only the domains of this application (Get-CoolifyApplication gives its Uuid), as one object with its host names and URLs.'
            }
        }

        # --- Teams ------------------------------------------------------------------------------------------------------
        'Get-CoolifyTeam'                      = @{
            Synopsis    = 'Gets the token''s team, the teams list, or teams by id.'
            Description = @('Each Coolify token belongs to one team, and everything the module does happens in that team. Without parameters Get-CoolifyTeam gets that team; -List lists the teams the token can see (Coolify shows only the token''s own); -Id gets a team by its integer id. A team object pipes on to Get-CoolifyTeamMember.')
            Examples    = @(
                @{ Title = 'The token''s team'; Code = 'Get-CoolifyTeam'; Remarks = 'Id, name and settings of the team.' }
                @{ Title = 'The members of the token''s team'; Code = 'Get-CoolifyTeam | Get-CoolifyTeamMember'; Remarks = 'A piped team binds -TeamId.' }
                @{ Title = 'A team by id'; Code = '0 | Get-CoolifyTeam'; Remarks = 'Team 0 is the root team of a self-hosted instance; numbers can be piped.' }
            )
            Parameters  = @{
                List = 'List the teams the token can see (Coolify shows the token''s own team only).'
                Id   = 'Integer id of the team; plain numbers and piped teams bind it.'
            }
        }
        'Get-CoolifyTeamMember'                = @{
            Synopsis    = 'Lists the members of the token''s team, or of a team given by id.'
            Description = @('Get-CoolifyTeamMember writes each member''s id, name and email; without -TeamId (or a piped team) it lists the token''s own team.')
            Examples    = @(
                @{ Title = 'Members of the token''s team'; Code = 'Get-CoolifyTeamMember | Format-Table Name, Email'; Remarks = 'One row per member.' }
                @{ Title = 'Members of a team by id'; Code = 'Get-CoolifyTeamMember -TeamId 0'; Remarks = 'Team 0 is the root team of a self-hosted instance.' }
            )
            Parameters  = @{ TeamId = 'Integer id of the team; the token''s team when omitted. A piped team binds it.' }
        }

        # --- The instance's API and MCP server ------------------------------------------------------------------------------
        'Enable-CoolifyApi'                    = @{
            Synopsis    = 'Turns the REST API of a Coolify instance on.'
            Description = @('The API is off by default on self-hosted instances; while it is off every call is refused with ErrorId CoolifyApiDisabled. Enable-CoolifyApi switches it on (the same as Settings > Advanced > API access in the dashboard). It needs a token of the root team, and works while the API is off. The result names the instance by its address.')
            Examples    = @(
                @{ Title = 'Turn the API on'; Code = 'Enable-CoolifyApi'; Remarks = 'Connect-Coolify still works while the API is off, so a root-team token can switch it on.' }
                @{ Title = 'See what would happen'; Code = 'Enable-CoolifyApi -WhatIf'; Remarks = 'Nothing is sent.' }
            )
            Links       = @(@{ Uri = 'https://coolify.io/docs/api/ip-allowlist'; Text = 'Coolify API: enable the API and its IP allow-list' })
        }
        'Disable-CoolifyApi'                   = @{
            Synopsis    = 'Turns the REST API of a Coolify instance off.'
            Description = @('Afterwards every API call but Enable-CoolifyApi is refused (ErrorId CoolifyApiDisabled), for every token and tool, until the API is switched on again. It needs a token of the root team. Because it locks out every API user, it asks for confirmation (ConfirmImpact High), naming the instance, unless -Confirm:$false. The result names the instance by its address.')
            Examples    = @(
                @{ Title = 'Turn the API off, after confirming'; Code = 'Disable-CoolifyApi'; Remarks = 'Asks first; Enable-CoolifyApi turns it on again.' }
                @{ Title = 'Turn the API off in a script'; Code = 'Disable-CoolifyApi -Confirm:$false'; Remarks = 'No question asked.' }
            )
        }
        'Enable-CoolifyMcp'                    = @{
            Synopsis    = 'Turns the instance''s MCP server (the Model Context Protocol endpoint for AI assistants) on.'
            Description = @('Coolify can serve its API to AI assistants over MCP. Enable-CoolifyMcp switches that server on; it needs a token of the root team. The result names the instance by its address.')
            Examples    = @(
                @{ Title = 'Turn MCP on'; Code = 'Enable-CoolifyMcp'; Remarks = 'Disable-CoolifyMcp turns it off again.' }
                @{ Title = 'See what would happen'; Code = 'Enable-CoolifyMcp -WhatIf'; Remarks = 'Nothing is sent.' }
            )
        }
        'Disable-CoolifyMcp'                   = @{
            Synopsis    = 'Turns the instance''s MCP server (for AI assistants) off.'
            Description = @('Disable-CoolifyMcp switches off the Model Context Protocol endpoint that AI assistants use; the REST API is not affected. It needs a token of the root team. The result names the instance by its address.')
            Examples    = @(
                @{ Title = 'Turn MCP off'; Code = 'Disable-CoolifyMcp'; Remarks = 'Enable-CoolifyMcp turns it on again.' }
                @{ Title = 'See what would happen'; Code = 'Disable-CoolifyMcp -WhatIf'; Remarks = 'Nothing is sent.' }
            )
        }
    }

    # Words for parameters, by name, where the OpenAPI document has none.
    Parameters = @{
        CustomNetworkAliases               = 'Extra names the application''s container answers to on its Docker network, comma-separated.'
        CustomNginxConfiguration           = 'The nginx configuration of a static site, as plain text (the module base64-encodes it for Coolify).'
        DockerfileTargetBuild              = 'The stage of a multi-stage Dockerfile to build (docker build --target).'
        HealthCheckCommand                 = 'The command the health check runs in the container, with -HealthCheckType cmd.'
        HealthCheckType                    = 'How the health check tests the container: http (a request to -HealthCheckPath) or cmd (-HealthCheckCommand).'
        HttpBasicAuthPassword              = 'The password of HTTP basic authentication in front of the application; a SecureString.'
        HttpBasicAuthUsername              = 'The user name of HTTP basic authentication in front of the application.'
        IsForceHttpsEnabled                = 'Redirect HTTP requests to HTTPS.'
        IsHttpBasicAuthEnabled             = 'Put HTTP basic authentication (-HttpBasicAuthUsername, -HttpBasicAuthPassword) in front of the application.'
        IsTerminalEnabled                  = 'Allow the dashboard''s terminal on this server.'
        MongoInitdbDatabase                = 'The database MongoDB creates at first start.'
        MongoInitdbRootPassword            = 'The password of MongoDB''s root user; a SecureString.'
        ResendApiKey                       = 'The API key of Resend, when Coolify sends e-mail through Resend; a SecureString.'
        ResendEnabled                      = 'Send e-mail through Resend instead of SMTP.'
        SmtpEhloDomain                     = 'The host name Coolify gives in the SMTP greeting (EHLO).'
        SmtpEnabled                        = 'Send e-mail through the SMTP server below.'
        SmtpEncryption                     = 'How the SMTP connection is encrypted: starttls, tls or none.'
        SmtpFromAddress                    = 'The sender address of Coolify''s e-mail.'
        SmtpFromName                       = 'The sender name of Coolify''s e-mail.'
        SmtpHost                           = 'The SMTP server''s host name.'
        SmtpPassword                       = 'The SMTP password; a SecureString.'
        SmtpPort                           = 'The SMTP server''s port (1-65535).'
        SmtpTimeout                        = 'Seconds to wait for the SMTP server.'
        SmtpUsername                       = 'The SMTP user name.'
        StaticImage                        = 'The web server image a static site is served from (nginx:alpine).'
        AdoptMode                          = 'Keep the running containers and their statuses, without redeploying them.'
        CloneVolumes                       = 'Copy the volumes'' data to the clone too.'
        CloudProviderTokenId               = 'Deprecated: use -CloudProviderTokenUuid.'
        CloudProviderTokenUuid             = 'Id of the stored cloud provider token to ask the provider with (Get-CoolifyCloudToken).'
        Comment                            = 'A note about the variable.'
        DeleteResources                    = 'Also delete every application, service and database on the server (Coolify refuses to delete a server that has any otherwise). This is not -Force, which only skips the confirmation.'
        DeleteUnusedNetworks               = 'Also delete Docker networks that no container uses.'
        DeleteUnusedVolumes                = 'Also delete Docker volumes that no container uses (their data is lost).'
        DestinationUuid                    = 'Id of the destination (a Docker network on a server); Get-CoolifyDestination lists them.'
        DisableApplicationImageRetention   = 'Delete the images kept for rolling back applications too.'
        DockerCleanupThreshold             = 'Disk usage, in percent, above which the cleanup runs.'
        DryRun                             = 'Check the bundle and report what would be imported, without importing.'
        ExcludeFromStatus                  = 'Leave this container out of the service''s overall status.'
        ExportId                           = 'Id of the export that was handed over (from Export-CoolifyServer).'
        ForceDockerCleanup                 = 'Run the cleanup on schedule even when the disk is below the threshold.'
        ForceRebuild                       = 'Build the image again before starting.'
        GenerateExactLabels                = 'Generate exact (not wildcard) proxy labels for the resources'' domains.'
        HumanName                          = 'The name shown in the dashboard.'
        Image                              = 'The Docker image, e.g. postgres:16-alpine.'
        IsCloudflareTunnel                 = 'Whether the server is reached through a Cloudflare Tunnel.'
        IsGzipEnabled                      = 'Compress responses with gzip in the proxy.'
        IsLiteral                          = 'Take the value as it is: Coolify does not expand $OTHER in it.'
        IsLogDrainEnabled                  = 'Send this container''s logs to the server''s log drain.'
        IsLogdrainAxiomEnabled             = 'Send logs to Axiom.'
        IsLogdrainCustomEnabled            = 'Send logs to a custom Fluent Bit output (-LogdrainCustomConfig).'
        IsLogdrainNewrelicEnabled          = 'Send logs to New Relic.'
        IsMetricsEnabled                   = 'Collect CPU and memory metrics with Sentinel.'
        IsMultiline                        = 'The value spans several lines.'
        IsPublic                           = 'Make the database reachable from outside the server, on -PublicPort.'
        IsSentinelDebugEnabled             = 'Make Sentinel log more, for troubleshooting.'
        IsSentinelEnabled                  = 'Run Sentinel, Coolify''s metrics and status agent, on the server.'
        IsShownOnce                        = 'Show the value once in the dashboard, then hide it.'
        IsStripprefixEnabled               = 'Strip the path prefix in the proxy before passing requests on.'
        Key                                = 'Name of the variable, e.g. API_BASE_URL.'
        Latest                             = 'Pull the latest image before starting.'
        Lines                              = 'How many of the latest lines to get.'
        LogdrainAxiomApiKey                = 'The Axiom API key.'
        LogdrainAxiomDatasetName           = 'The Axiom dataset to send logs to.'
        LogdrainCustomConfig               = 'The Fluent Bit output configuration for the custom log drain.'
        LogdrainCustomConfigParser         = 'The Fluent Bit parser configuration for the custom log drain.'
        LogdrainNewrelicBaseUri            = 'The New Relic log API address, e.g. https://log-api.eu.newrelic.com/log/v1.'
        LogdrainNewrelicLicenseKey         = 'The New Relic license key.'
        Network                            = 'Name of the Docker network to create on the server.'
        Passphrase                         = 'The passphrase the bundle is (or is to be) encrypted with.'
        PreserveUuids                      = 'Keep the ids the resources had on the old instance.'
        PrivateKey                         = 'The private key, in OpenSSH or PEM format.'
        PublicPort                         = 'The port on the server where the database is reachable when public.'
        PublicPortTimeout                  = 'Seconds an idle public connection stays open.'
        RebindSentinel                     = 'Point the server''s Sentinel at this instance.'
        RedirectEnabled                    = 'Redirect requests for unknown hosts to -RedirectUrl.'
        Script                             = 'The script: a shell script (#!) or cloud-config YAML.'
        SentinelCustomUrl                  = 'The address Sentinel reports to, when not the instance''s own.'
        SentinelMetricsHistoryDays         = 'Days of metrics Sentinel keeps.'
        SentinelMetricsRefreshRateSeconds  = 'Seconds between metric samples.'
        SentinelPushIntervalSeconds        = 'Seconds between Sentinel''s reports to Coolify.'
        SentinelToken                      = 'The token Sentinel authenticates with.'
        TargetInstanceUrl                  = 'Address of the instance the server moved to.'
        TargetUrl                          = 'Address of the Coolify instance to move the server to.'
        Type                               = 'standalone (a Docker network) or swarm (a Swarm overlay network).'
        Value                              = 'The value; an empty string is allowed.'
        WriteRemote                        = 'Write the ownership file on the host over SSH.'
    }

    # Values in the made examples (PowerShell source text).
    Samples    = @{
        'NameFilter.CloudInitScript'     = "'docker-*'"
        'NameFilter.CloudToken'          = "'hetzner*'"
        'NameFilter.PrivateKey'          = "'deploy*'"
        'NameFilter.S3Storage'           = "'*backup*'"
        'NameFilter.GitHubApp'           = "'acme*'"
        'NameFilter.GitLabApp'           = "'gitlab*'"
        'NameFilter.HetznerServerType'   = "'cx*'"
        'NameFilter.HetznerLocation'     = "'fsn*'"
        'NameFilter.HetznerImage'        = "'ubuntu*'"
        'NameFilter.DigitalOceanRegion'  = "'fra*'"
        'NameFilter.DigitalOceanImage'   = "'ubuntu*'"
        'NameFilter.VultrRegion'         = "'ams*'"
        'NameFilter.VultrOperatingSystem' = "'Ubuntu*'"
        'NameFilter.VultrPlan'           = "'vc2*'"
        'NameFilter.VultrSshKey'         = "'*laptop*'"
        'NameFilter.DigitalOceanSize'    = "'s-2vcpu*'"
        'NameFilter.DigitalOceanSshKey'  = "'*laptop*'"
        'NameFilter.HetznerFirewall'     = "'web*'"
        'NameFilter.HetznerNetwork'      = "'private*'"
        'NameFilter.HetznerSshKey'       = "'*laptop*'"
        ServiceUuid                      = 'k0wcgw4'
        ServiceApplicationUuid           = 'sa0n8nmain0000000000000a'
        ServiceDatabaseUuid              = 'sd0n8npostgres0000000000'
        Bundle                           = '(Get-Content -Raw ./bundle.json | ConvertFrom-Json)'
        Command                          = "'php artisan cache:prune'"
        Commit                           = "'a1b2c3d'"
        Configuration                    = '(Get-Content -Raw ./proxy-compose.yml)'
        DestinationUuid                  = 'dst1edge0000000000000000'
        EnvironmentName                  = 'production'
        EnvironmentUuid                  = 'env0stagweb0000000000000'
        Frequency                        = "'0 3 * * *'"
        Key                              = 'API_BASE_URL'
        Network                          = 'staging-network'
        Owner                            = 'acme'
        PrivateKeyUuid                   = 'pk0deploykey000000000000'
        ProjectUuid                      = 'prj0web00000000000000000'
        PullRequestId                    = '42'
        Repository                       = 'shop'
        ServerUuid                       = 'srv0localhost0000000000a'
        TargetToken                      = '(Read-Host -AsSecureString)'
        TargetUrl                        = 'https://coolify-new.example.com'
        Value                            = "'https://api.example.com'"
    }
}
