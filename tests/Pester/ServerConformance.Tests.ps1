# The module against the real server's rules (build/server-rules.psd1, read from Coolify 4.3.11's source):
# every generated create/update cmdlet sends exactly the fields the server takes, and the findings of
# ../shared/reference/coolify-server-audit.md that concern generated cmdlets, each on the wire.
# docs/server-conformance.md names the test of each finding.
BeforeDiscovery {
    $script:RulesPath = Join-Path $PSScriptRoot '../../build/server-rules.psd1'
    $rules = Import-PowerShellDataFile -SkipLimitCheck $script:RulesPath
    $script:Rows = foreach ($line in Get-Content (Join-Path $PSScriptRoot '../../build/api-map.txt')) {
        $line = $line.Trim()
        if (-not $line -or $line.StartsWith('#')) { continue }
        $cols = $line -split '\s+'
        $options = ($cols | Select-Object -Skip 3) -join ' '
        $rule = $rules[$cols[0]]
        if ($options -match '\bhand\b' -or -not $rule -or -not $rule.ContainsKey('Fields') -or @($rule.Fields).Count -eq 0) { continue }
        @{ OperationId = $cols[0]; Cmdlet = $cols[1]; Set = $cols[2]; Kind = if ($options -match '\btype=([\w-]+)') { $Matches[1] } else { $null }; Property = $options -match 'body=property' }
    }
    # A -Type cmdlet has one parameter per field of any of its routes.
    foreach ($row in $script:Rows) {
        $row.AllFields = @($script:Rows | Where-Object { $_.Cmdlet -eq $row.Cmdlet } | ForEach-Object { $rules[$_.OperationId].Fields })
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Rules = Import-PowerShellDataFile -SkipLimitCheck (Join-Path $PSScriptRoot '../../build/server-rules.psd1')
    $script:NonPublic = [Reflection.BindingFlags]'NonPublic, Instance'

    # The body parameters of a cmdlet for one parameter set: wire name, base64, mandatory.
    # A cmdlet of one route may split it into sets by the field given (New-CoolifyService -Type or -DockerCompose):
    # then no set has the map's name, and every set counts.
    function Get-BodyParameter([string] $Cmdlet, [string] $Set) {
        $type = (Get-Command $Cmdlet).ImplementingType
        $everySet = $Set -notin (Get-Command $Cmdlet).ParameterSets.Name
        foreach ($prop in $type.GetProperties()) {
            $body = @($prop.GetCustomAttributes($true) | Where-Object { $_.GetType().Name -eq 'ApiBodyAttribute' })[0]
            if (-not $body) { continue }
            $attrs = @($prop.GetCustomAttributes([Management.Automation.ParameterAttribute], $true))
            $inSet = @($attrs | Where-Object { $everySet -or $_.ParameterSetName -in '__AllParameterSets', $Set })
            if (-not $inSet) { continue }
            [pscustomobject]@{
                Name      = $prop.Name
                Wire      = $body.GetType().GetProperty('Name', $script:NonPublic).GetValue($body)
                Base64    = $body.GetType().GetProperty('Base64', $script:NonPublic).GetValue($body)
                Mandatory = [bool]@($inSet | Where-Object Mandatory).Count
            }
        }
    }

    function Get-LastRequest([string] $Method, [string] $PathLike) {
        @(Get-CoolifySimulatorRequest $script:Sim -Method $Method | Where-Object Path -like $PathLike)[-1]
    }
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Every generated create and update cmdlet against the server rules' {
    It '<Cmdlet> (<OperationId>) sends only fields the server takes, and has a parameter for each' -ForEach $script:Rows {
        $rule = $script:Rules[$OperationId]
        $params = @(Get-BodyParameter $Cmdlet $Set)
        if ($Property) {
            # A free-form -Property body: its keys are checked against the rules when the cmdlet runs.
            @($params.Wire) | Should -Be @('*')
            return
        }
        $ignored = if ($rule.Ignored) { @($rule.Ignored.Keys) } else { @() }
        $expected = @($rule.Fields | Where-Object { $_ -notin $ignored })
        # Every parameter sends a field the server reads on this route (or, for a -Type cmdlet, on one of its routes).
        $allowedAnywhere = if ($Kind) { $AllFields } else { $expected }
        @($params | Where-Object { $_.Wire -notin $allowedAnywhere }).Wire | Should -BeNullOrEmpty -Because "the server refuses or drops them on $OperationId"
        # Every field the server takes has a parameter.
        @($expected | Where-Object { $_ -notin $params.Wire }) | Should -BeNullOrEmpty -Because "the server takes them on $OperationId"
        # Base64 exactly where the server decodes.
        foreach ($p in $params | Where-Object { $_.Wire -in $expected }) {
            $p.Base64 | Should -Be ($p.Wire -in @($rule.Base64)) -Because "-$($p.Name) on $OperationId"
        }
        # Required fields are mandatory (a -Type cmdlet checks them for the kind chosen; a one-of group by its own check).
        if (-not $Kind) {
            $grouped = @($rule.RequiredOneOf | ForEach-Object { $_ })
            foreach ($field in @($rule.Required) | Where-Object { $_ -and $_ -notin $grouped }) {
                ($params | Where-Object Wire -eq $field).Mandatory | Should -BeTrue -Because "$field is required by the server on $OperationId"
            }
        }
    }
}

Describe 'Audit findings on generated cmdlets, on the wire' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim; Clear-CoolifySimulatorRequest $script:Sim }

    It 'Top 3 / E6: Remove-CoolifyApplication and -Database send every delete flag, and -Keep*/-Skip* turn them off' {
        Remove-CoolifyApplication -Uuid app3brokenbuild000000000 -Force
        (Get-LastRequest DELETE '*/applications/app3brokenbuild000000000').Query | Should -Be 'delete_configurations=true&delete_volumes=true&docker_cleanup=true&delete_connected_networks=true'
        Remove-CoolifyDatabase -Uuid db1cache0000000000000000 -KeepVolumes -KeepConfiguration -KeepNetworks -SkipDockerCleanup -Force
        (Get-LastRequest DELETE '*/databases/db1cache0000000000000000').Query | Should -Be 'delete_configurations=false&delete_volumes=false&docker_cleanup=false&delete_connected_networks=false'
    }

    It 'Top 3: the confirmation says what goes with the application, and the 0.2.0 switches still work' {
        $text = Remove-CoolifyApplication -Uuid app2worker00000000000000 -KeepVolumes -WhatIf 6>&1 5>&1 4>&1 3>&1 2>&1 | Out-String
        # -WhatIf text goes to the host; the request count shows nothing was sent.
        @(Get-CoolifySimulatorRequest $script:Sim -Method DELETE).Count | Should -Be 0
        $cmd = Get-Command Remove-CoolifyApplication
        $cmd.Parameters['DeleteVolumes'].Attributes.Where({ $_ -is [Management.Automation.ParameterAttribute] }).DontShow | Should -Contain $true
        Remove-CoolifyApplication -Uuid app2worker00000000000000 -DeleteVolumes:$false -Force
        (Get-LastRequest DELETE '*/applications/app2worker00000000000000').Query | Should -BeLike '*delete_volumes=false*'
        { Remove-CoolifyApplication -Uuid app2worker00000000000000 -KeepVolumes -DeleteVolumes -Force -ErrorAction Stop } | Should -Throw '*set the same thing*'
    }

    It 'Top 4 / B1: Set-CoolifyApplication has no parameter for fields the update refuses, and the simulator refuses them as the server does' {
        $params = (Get-Command Set-CoolifyApplication).Parameters.Keys
        foreach ($name in 'ProjectUuid', 'ServerUuid', 'EnvironmentName', 'GithubAppUuid', 'DestinationUuid', 'Dockerfile') { $params | Should -Not -Contain $name }
        { Invoke-CoolifyRequest -Method PATCH -Path '/applications/app0webfrontend000000000' -Body @{ server_uuid = 'srv1edge0000000000000000' } -ErrorAction Stop } |
            Should -Throw '*This field is not allowed*'
    }

    It 'Top 5 / C1: database configuration files are sent base64-encoded' {
        $conf = "maxmemory 100mb`nmaxmemory-policy allkeys-lru"
        New-CoolifyDatabase -Type redis -ServerUuid srv0localhost0000000000a -ProjectUuid prj0web00000000000000000 -EnvironmentName production -RedisConf $conf | Out-Null
        $sent = (Get-LastRequest POST '*/databases/redis').Body | ConvertFrom-Json
        [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($sent.redis_conf)) | Should -Be $conf
        Set-CoolifyDatabase -Uuid db1cache0000000000000000 -RedisConf $conf
        $sent = (Get-LastRequest PATCH '*/databases/db1cache0000000000000000').Body | ConvertFrom-Json
        [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($sent.redis_conf)) | Should -Be $conf
    }

    It 'Top 6 / A1 / C5: Set-CoolifyApplication sends basic auth, command health checks and a numeric health-check port' {
        $password = ConvertTo-SecureString 'b4sic-p4ss' -AsPlainText -Force
        Set-CoolifyApplication -Uuid app0webfrontend000000000 -IsHttpBasicAuthEnabled -HttpBasicAuthUsername ops -HttpBasicAuthPassword $password `
            -HealthCheckType cmd -HealthCheckCommand 'curl -f localhost' -HealthCheckPort 8080 -CustomNginxConfiguration 'location / {}' | Out-Null
        $sent = (Get-LastRequest PATCH '*/applications/app0webfrontend000000000').Body | ConvertFrom-Json -AsHashtable
        $sent.is_http_basic_auth_enabled | Should -BeTrue
        $sent.http_basic_auth_password | Should -Be 'b4sic-p4ss'
        $sent.health_check_type | Should -Be 'cmd'
        $sent.health_check_port | Should -Be 8080
        [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($sent.custom_nginx_configuration)) | Should -Be 'location / {}'
    }

    It 'Top 7 / B3 and Top 11 / C2: New-CoolifyApplication refuses -PortsExposes for a Dockerfile and -Dockerfile for a git source, naming why' {
        $common = @{ ProjectUuid = 'prj0web00000000000000000'; ServerUuid = 'srv0localhost0000000000a'; EnvironmentName = 'production' }
        New-CoolifyApplication -Source dockerfile @common -Dockerfile 'FROM nginx' -PortsExposes 3000 -ErrorVariable e -ErrorAction SilentlyContinue
        "$($e[0])" | Should -BeLike '*-PortsExposes has no effect with -Source dockerfile*always 80*'
        New-CoolifyApplication -Source public @common -GitRepository https://github.com/x/y -GitBranch main -BuildPack dockerfile -Dockerfile 'FROM nginx' -ErrorVariable e2 -ErrorAction SilentlyContinue
        "$($e2[0])" | Should -BeLike '*-Dockerfile has no effect with -Source public*'
        @(Get-CoolifySimulatorRequest $script:Sim -Method POST).Count | Should -Be 0
    }

    It 'Top 8 / E1: Remove-CoolifyServer -DeleteResources sends force=true, and -Force does not' {
        Remove-CoolifyServer -Uuid srv1edge0000000000000000 -Force -ErrorAction SilentlyContinue
        (Get-LastRequest DELETE '*/servers/srv1edge0000000000000000').Query | Should -BeNullOrEmpty
        Remove-CoolifyServer -Uuid srv1edge0000000000000000 -DeleteResources -Force -ErrorAction SilentlyContinue
        (Get-LastRequest DELETE '*/servers/srv1edge0000000000000000').Query | Should -Be 'force=true'
    }

    It 'Top 9 / D1, Top 14 / D2, D3: required fields are mandatory, and a shared-variable update needs no -Key' {
        (Get-Command New-CoolifyServer).Parameters['Ip'].Attributes.Where({ $_ -is [Management.Automation.ParameterAttribute] }).Mandatory | Should -Contain $true
        (Get-Command New-CoolifyServer).Parameters['PrivateKeyUuid'].Attributes.Where({ $_ -is [Management.Automation.ParameterAttribute] }).Mandatory | Should -Contain $true
        (Get-Command New-CoolifyGitHubApp).Parameters['WebhookSecret'].Attributes.Where({ $_ -is [Management.Automation.ParameterAttribute] }).Mandatory | Should -Contain $true
        (Get-Command Set-CoolifySharedVariable).Parameters['Key'].Attributes.Where({ $_ -is [Management.Automation.ParameterAttribute] }).Mandatory | Should -Not -Contain $true
        Set-CoolifySharedVariable -SharedVariableId 7 -Value 'new' -ErrorAction SilentlyContinue
        $sent = (Get-LastRequest PATCH '*/team/envs/7').Body | ConvertFrom-Json -AsHashtable
        @($sent.Keys) | Should -Be @('value')
    }

    It 'Top 10 / F1: a failed check is a result with Valid = $false and a CoolifyCheckFailed error' {
        Add-CoolifySimulatorFault $script:Sim @{ method = 'POST'; path_prefix = '/api/v1/s3-storages/'; count = 1; status = 200; body = '{"valid":false,"message":"The bucket does not exist."}' }
        $result = Test-CoolifyS3Storage -Uuid s3b0000000000000000000000 -ErrorVariable e -ErrorAction SilentlyContinue
        $result.Valid | Should -BeFalse
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyCheckFailed,*'
        "$($e[0])" | Should -BeLike '*The bucket does not exist*'
    }

    It 'Top 12 / E4: a migration answered 404 says the route is for development installs only' {
        Move-CoolifyApplication -Uuid app0webfrontend000000000 -DestinationUuid dst1edge0000000000000000 -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyNotSupported,*'
        "$($e[0])" | Should -BeLike '*only on development installs*'
        $e[0].ErrorDetails.RecommendedAction | Should -BeLike '*dashboard*'
    }

    It 'Top 13 / E5 and D4: cloud-provider lists need a token id, checked before sending, and send it in the query' {
        Get-CoolifyVultrRegion -ErrorVariable e -ErrorAction SilentlyContinue
        "$($e[0])" | Should -BeLike '*-CloudProviderTokenUuid or -CloudProviderTokenId*'
        Get-CoolifyHetznerLocation -ErrorVariable e2 -ErrorAction SilentlyContinue
        "$($e2[0])" | Should -BeLike '*-CloudProviderTokenUuid or -CloudProviderTokenId*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
        Get-CoolifyVultrRegion -CloudProviderTokenUuid tok0vultr000000000000000 -ErrorAction SilentlyContinue
        (Get-LastRequest GET '*/vultr/regions').Query | Should -Be 'cloud_provider_token_uuid=tok0vultr000000000000000'
    }

    It 'Top 15 / A3, A4, A5, C3: fields the server takes have parameters' {
        (Get-Command New-CoolifyDatabase).Parameters.Keys | Should -Contain 'MongoInitdbRootPassword'
        (Get-Command New-CoolifyDatabase).Parameters.Keys | Should -Contain 'MongoInitdbDatabase'
        (Get-Command Set-CoolifyServer).Parameters.Keys | Should -Contain 'IsTerminalEnabled'
        (Get-Command Set-CoolifyServiceApplication).Parameters.Keys | Should -Contain 'IsForceHttpsEnabled'
        (Get-Command New-CoolifyServer).Parameters['ProxyType'].Attributes.Where({ $_ -is [Management.Automation.ValidateSetAttribute] }).ValidValues | Should -Contain 'nginx'
    }

    It 'C4: Set-CoolifyGitHubApp -PrivateKeyUuid is refused before sending, naming the server bug' {
        Set-CoolifyGitHubApp -Id 1 -PrivateKeyUuid key0deploy00000000000000 -ErrorVariable e -ErrorAction SilentlyContinue
        "$($e[0])" | Should -BeLike '*RFC 4122*'
        $e[0].ErrorDetails.RecommendedAction | Should -BeLike '*New-CoolifyGitHubApp*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'E7: Export-CoolifyServer -Encrypt needs -Passphrase, since the server would send the bundle in plain text' {
        Export-CoolifyServer -Uuid srv1edge0000000000000000 -Encrypt -ErrorVariable e -ErrorAction SilentlyContinue
        "$($e[0])" | Should -BeLike '*-Encrypt needs -Passphrase*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'F2: an update answered with only a message still names what it changed' {
        $db = Set-CoolifyDatabase -Uuid db1cache0000000000000000 -Description 'sessions'
        $db.Uuid | Should -Be 'db1cache0000000000000000'
    }

    It 'F4: a create answered without an id warns instead of writing an object without one' {
        Add-CoolifySimulatorFault $script:Sim @{ method = 'POST'; path_prefix = '/api/v1/applications/dockerimage'; count = 1; status = 200; body = '{"message":"Deployment skipped."}' }
        $out = New-CoolifyApplication -Source dockerimage -ProjectUuid prj0web00000000000000000 -ServerUuid srv0localhost0000000000a -EnvironmentName production `
            -DockerRegistryImageName nginx -Name web2 -InstantDeploy -WarningVariable w -WarningAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        "$($w[0])" | Should -BeLike "*without the new application's id*Get-CoolifyApplication -Name 'web2'*"
    }

    It 'A8: the instance e-mail settings, a route the document lacks, take the password as a SecureString and never show it' {
        $password = ConvertTo-SecureString 'smtp-s3cr3t-pass' -AsPlainText -Force
        $set = Set-CoolifyInstanceEmailSetting -SmtpEnabled -SmtpHost smtp.example.com -SmtpPort 587 -SmtpEncryption starttls -SmtpPassword $password -Confirm:$false -Verbose 4>&1
        $sent = (Get-LastRequest PATCH '*/settings/email').Body | ConvertFrom-Json -AsHashtable
        $sent.smtp_password | Should -Be 'smtp-s3cr3t-pass'
        $sent.smtp_port | Should -Be 587
        ($set | Out-String) | Should -Not -BeLike '*smtp-s3cr3t-pass*'
        Connect-Sim -TokenName Read
        $read = Get-CoolifyInstanceEmailSetting
        $read | Should -BeOfType 'Coolify.CoolifyInstanceEmailSetting'
        $read.SmtpEnabled | Should -BeTrue
        $read.SmtpPort | Should -Be 587
        $read.SmtpPassword | Should -BeNullOrEmpty
        { Set-CoolifyInstanceEmailSetting -SmtpTimeout 30 -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyPermissionDenied*' -ExpectedMessage '*write:sensitive*'
    }

    It 'F3: Deploy-CoolifyApplication -Tag does not pair the server''s messages with the wrong deployment' {
        $answer = '{"message":["Service n8n started. It could take a while, be patient.","Application web-frontend deployment queued."],"details":[{"resource_uuid":"app0webfrontend000000000","deployment_uuid":"dep9new000000000000000001"}]}'
        Add-CoolifySimulatorFault $script:Sim @{ method = 'POST'; path_prefix = '/api/v1/deploy'; count = 1; status = 200; body = $answer }
        $results = @(Deploy-CoolifyApplication -Tag prod -Confirm:$false -Verbose 4>&1 | Where-Object { $_ -is [Coolify.CoolifyActionResult] })
        $results.Count | Should -Be 1
        $results[0].Uuid | Should -Be 'app0webfrontend000000000'
        $results[0].DeploymentUuid | Should -Be 'dep9new000000000000000001'
        $results[0].Message | Should -Not -BeLike '*n8n*'
        Add-CoolifySimulatorFault $script:Sim @{ method = 'POST'; path_prefix = '/api/v1/deploy'; count = 1; status = 200; body = '{"message":["Service n8n started. It could take a while, be patient."]}' }
        $none = @(Deploy-CoolifyApplication -Tag prod -Confirm:$false -WarningVariable w -WarningAction SilentlyContinue)
        $none.Count | Should -Be 0
        "$($w[0])" | Should -BeLike '*Service n8n started*'
    }

    It 'F5: -Wait on a start the server could not queue says the deployment queue was full' {
        Set-CoolifySimulator $script:Sim @{ deployment_queue_limit = 0 }
        $result = Start-CoolifyApplication -Uuid app2worker00000000000000 -Wait -Timeout 20 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyResourceNotFound,*'
        "$($e[0])" | Should -BeLike '*nothing was queued*queue was full*'
    }

    It '-Force only skips confirmation: Deploy-CoolifyApplication rebuilds with -ForceRebuild, and the 0.2.0 -Force still rebuilds with a warning' {
        Deploy-CoolifyApplication -Uuid app0webfrontend000000000 -ForceRebuild -Confirm:$false | Out-Null
        (Get-LastRequest POST '*/deploy').Query | Should -BeLike '*force=true*'
        Deploy-CoolifyApplication -Uuid app1apibackend0000000000 -Force -Confirm:$false -WarningVariable w -WarningAction SilentlyContinue | Out-Null
        (Get-LastRequest POST '*/deploy').Query | Should -BeLike '*force=true*'
        "$($w[0])" | Should -BeLike '*-ForceRebuild*'
        $forces = Get-Command -Module Coolify | Where-Object { $_.Parameters.ContainsKey('Force') -and -not $_.Parameters['Force'].Attributes.Where({ $_ -is [Management.Automation.ParameterAttribute] }).DontShow -contains $true }
        foreach ($cmd in $forces) {
            (Get-Help $cmd.Name -Parameter Force).description.Text -join ' ' | Should -Match 'confirm|[Oo]verwrite' -Because "-Force of $($cmd.Name) keeps its PowerShell meaning"
        }
    }

    It 'A -Property body is checked against the fields the server takes, before sending' {
        { Set-CoolifyNotificationSetting -Channel discord -Property @{ discord_enabled = $true; discord_webhook = 'x' } -Confirm:$false -ErrorAction Stop } |
            Should -Throw '*does not take discord_webhook*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }
}
