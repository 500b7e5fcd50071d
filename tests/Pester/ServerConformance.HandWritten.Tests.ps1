# The hand-written cmdlets against what the real Coolify server (4.3.11) does with their requests, not
# what the OpenAPI document says: the simulator behaves like the server's handlers, and each test reads
# what went over the wire (Get-CoolifySimulatorRequest) or what the server applied (/_sim/effects).
# Remove- and Move-CoolifyService are generated now (with a partial); their tests stay here, beside the helpers.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Web = 'app0webfrontend000000000'
    $script:Db = 'db0maindb000000000000000'
    $script:Svc = 'k0wcgw4'
    $script:RunningSvc = 'xk9q2m7a1b3c5d7e9f0g2h4j'

    function Get-Sent([string] $Method) { @(Get-CoolifySimulatorRequest $script:Sim -Method $Method) }
    function Get-Effect { @(Invoke-SimControl $script:Sim 'effects') }
    function Get-Query($Request) {
        $table = @{}
        foreach ($pair in ($Request.query.TrimStart('?') -split '&' | Where-Object { $_ })) {
            $name, $value = $pair -split '=', 2
            $table[$name] = $value
        }
        $table
    }
    function Get-HostText([scriptblock] $Command) {
        $log = Join-Path $TestDrive "host-$([guid]::NewGuid()).txt"
        Start-Transcript -Path $log | Out-Null
        try { $null = & $Command } finally { Stop-Transcript | Out-Null }
        (Get-Content -Raw $log) -replace '\s+', ' '
    }
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Set-CoolifyEnvironmentVariable on an application resends the flags the server resets' {
    BeforeEach {
        Reset-CoolifySimulator $script:Sim
        Connect-Sim
        New-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key CERT -Value "line1`nline2" -IsMultiline $true -IsLiteral $true | Out-Null
        Clear-CoolifySimulatorRequest $script:Sim
    }

    It 'keeps is_multiline and is_literal of a multiline variable changed with -Key and -Value' {
        Set-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key CERT -Value "new1`nnew2" -ErrorVariable e -ErrorAction SilentlyContinue
        $e | Should -BeNullOrEmpty
        (Get-Sent GET).path | Should -Be "/api/v1/applications/$($script:Web)/envs"
        $patch = Get-Sent PATCH
        $patch.Count | Should -Be 1
        $body = $patch[0].body | ConvertFrom-Json
        $body.is_multiline | Should -BeTrue
        $body.is_literal | Should -BeTrue
        $body.is_shown_once | Should -BeFalse
        $body.PSObject.Properties.Name | Should -Contain 'is_shown_once'
        $now = Get-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key CERT
        $now.IsMultiline | Should -BeTrue
        $now.IsLiteral | Should -BeTrue
    }

    It 'carries the current flags in -Variable for existing keys only; a new key gets nothing extra' {
        Set-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Variable ([ordered]@{ CERT = "x`ny"; BRAND_NEW = '1' }) -ErrorVariable e -ErrorAction SilentlyContinue
        $e | Should -BeNullOrEmpty
        (Get-Sent GET).Count | Should -Be 1
        $data = ((Get-Sent PATCH)[0].body | ConvertFrom-Json).data
        $data[0].key | Should -Be 'CERT'
        $data[0].is_multiline | Should -BeTrue
        $data[0].is_literal | Should -BeTrue
        $data[1].key | Should -Be 'BRAND_NEW'
        @($data[1].PSObject.Properties.Name) | Should -Be @('key', 'value')
        (Get-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key CERT).IsMultiline | Should -BeTrue
    }

    It 'lets a given flag win, and reads nothing when all three are given' {
        Set-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key CERT -Value 'flat' -IsMultiline $false -IsLiteral $false -IsShownOnce $false
        (Get-Sent GET).Count | Should -Be 0
        $body = (Get-Sent PATCH)[0].body | ConvertFrom-Json
        $body.is_multiline | Should -BeFalse
        $body.is_literal | Should -BeFalse
        (Get-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key CERT).IsLiteral | Should -BeFalse
    }

    It 'sends only what is given for a service, with no read first' {
        Set-CoolifyEnvironmentVariable -ServiceUuid $script:Svc -Key DB_HOST -Value 'pg2'
        (Get-Sent GET).Count | Should -Be 0
        (Get-Sent PATCH)[0].body | Should -Be '{"key":"DB_HOST","value":"pg2"}'
    }

    It 'simulator: an application PATCH without is_multiline fails on a multiline variable and resets is_literal' {
        { Invoke-CoolifyRequest -Method PATCH -Path "/applications/$($script:Web)/envs" -Body @{ key = 'CERT'; value = 'v' } -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'CoolifyServerError*'
        New-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key PLAIN -Value 'p' -IsLiteral $true | Out-Null
        Invoke-CoolifyRequest -Method PATCH -Path "/applications/$($script:Web)/envs" -Body @{ key = 'PLAIN'; value = 'q' } -Confirm:$false | Out-Null
        (Get-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key PLAIN).IsLiteral | Should -BeFalse
    }
}

Describe 'Application-only variable flags are refused for services and databases' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim; Clear-CoolifySimulatorRequest $script:Sim }

    It 'refuses New-CoolifyEnvironmentVariable -ServiceUuid -IsBuildtime with no request sent' {
        New-CoolifyEnvironmentVariable -ServiceUuid $script:Svc -Key NEW_ONE -Value 1 -IsBuildtime $true -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
        $e[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $e[0].Exception.Message | Should -Match '-IsBuildtime applies to application variables only'
        $e[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'refuses Set-CoolifyEnvironmentVariable -DatabaseUuid -IsRuntime and -IsPreview with no request sent' {
        Set-CoolifyEnvironmentVariable -DatabaseUuid $script:Db -Key PGTZ -Value UTC -IsRuntime $false -IsPreview $true -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
        $e[0].Exception.Message | Should -Match '-IsRuntime and -IsPreview apply to application variables only'
        Set-CoolifyEnvironmentVariable -ServiceUuid $script:Svc -Variable @{ A = '1' } -IsBuildtime $false -ErrorVariable e2 -ErrorAction SilentlyContinue
        $e2[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'refuses Import-CoolifyEnvironmentVariable -ServiceUuid -IsBuildtime with no request sent' {
        $file = Join-Path $TestDrive 'svc.env'
        Set-Content -Path $file -Value 'DB_HOST=other' -NoNewline
        Import-CoolifyEnvironmentVariable -ServiceUuid $script:Svc -Path $file -IsBuildtime $true -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'still sends the flags for an application' {
        New-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key BUILD_ONLY -Value 1 -IsBuildtime $true | Out-Null
        ((Get-Sent POST)[0].body | ConvertFrom-Json).is_buildtime | Should -BeTrue
    }

    It 'simulator: a service variable create drops is_buildtime without a word' {
        Invoke-CoolifyRequest -Method POST -Path "/services/$($script:Svc)/envs" -Body @{ key = 'SNEAKY'; value = 'x'; is_buildtime = $true; is_runtime = $false } -Confirm:$false | Out-Null
        $v = Get-CoolifyEnvironmentVariable -ServiceUuid $script:Svc -Key SNEAKY
        $v.IsBuildtime | Should -Not -BeTrue
        $v.IsRuntime | Should -BeTrue
    }
}

Describe 'Stop cmdlets send docker_cleanup explicitly' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim; Clear-CoolifySimulatorRequest $script:Sim }

    It '<Command> sends docker_cleanup=<Expected> for <Case>' -TestCases @(
        foreach ($c in @(
                @{ Command = 'Stop-CoolifyApplication'; Id = 'app0webfrontend000000000'; Resource = 'application' },
                @{ Command = 'Stop-CoolifyDatabase'; Id = 'db0maindb000000000000000'; Resource = 'database' },
                @{ Command = 'Stop-CoolifyService'; Id = 'xk9q2m7a1b3c5d7e9f0g2h4j'; Resource = 'service' })) {
            @{ Case = 'no switch'; Extra = @{}; Expected = 'true' } + $c
            @{ Case = '-SkipDockerCleanup'; Extra = @{ SkipDockerCleanup = $true }; Expected = 'false' } + $c
            @{ Case = '-DockerCleanup:$false'; Extra = @{ DockerCleanup = $false }; Expected = 'false' } + $c
            @{ Case = '-DockerCleanup'; Extra = @{ DockerCleanup = $true }; Expected = 'true' } + $c
        }) {
        $extra = $Extra
        & $Command -Uuid $Id -Confirm:$false @extra | Out-Null
        $post = Get-Sent POST
        $post.Count | Should -Be 1
        (Get-Query $post[0]).docker_cleanup | Should -Be $Expected
        $effect = Get-Effect | Where-Object { $_.action -eq 'stop' -and $_.uuid -eq $Id }
        $effect.docker_cleanup | Should -Be ([bool]::Parse($Expected))
    }

    It '<Command> refuses -SkipDockerCleanup with -DockerCleanup, sending nothing' -TestCases @(
        @{ Command = 'Stop-CoolifyApplication'; Id = 'app0webfrontend000000000' },
        @{ Command = 'Stop-CoolifyDatabase'; Id = 'db0maindb000000000000000' },
        @{ Command = 'Stop-CoolifyService'; Id = 'xk9q2m7a1b3c5d7e9f0g2h4j' }) {
        { & $Command -Uuid $Id -SkipDockerCleanup -DockerCleanup -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyInvalidArgument*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'simulator: a stop without docker_cleanup cleans up' {
        Invoke-CoolifyRequest -Method POST -Path "/services/$($script:RunningSvc)/stop" -Confirm:$false | Out-Null
        (Get-Effect | Where-Object action -eq 'stop').docker_cleanup | Should -BeTrue
    }
}

Describe 'Remove-CoolifyService sends every delete flag and says what goes' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim; Clear-CoolifySimulatorRequest $script:Sim }

    It 'sends all four flags as true by default' {
        Remove-CoolifyService -Uuid $script:Svc -Force
        $q = Get-Query (Get-Sent DELETE)[0]
        $q.delete_volumes | Should -Be 'true'
        $q.delete_configurations | Should -Be 'true'
        $q.delete_connected_networks | Should -Be 'true'
        $q.docker_cleanup | Should -Be 'true'
    }

    It 'sends delete_volumes=false for -KeepVolumes, and the server keeps them' {
        Remove-CoolifyService -Uuid $script:Svc -Force -KeepVolumes
        $q = Get-Query (Get-Sent DELETE)[0]
        $q.delete_volumes | Should -Be 'false'
        $q.delete_configurations | Should -Be 'true'
        $q.Count | Should -Be 4
        $effect = Get-Effect | Where-Object action -eq 'delete'
        $effect.delete_volumes | Should -BeFalse
        $effect.delete_connected_networks | Should -BeTrue
    }

    It 'takes -KeepNetworks, the alias -KeepConnectedNetworks, -KeepConfiguration and -SkipDockerCleanup' {
        Remove-CoolifyService -Uuid $script:Svc -Force -KeepConnectedNetworks -KeepConfiguration -SkipDockerCleanup
        Remove-CoolifyService -Uuid $script:RunningSvc -Force -KeepNetworks
        $sent = Get-Sent DELETE
        $first = Get-Query $sent[0]
        $first.delete_connected_networks | Should -Be 'false'
        $first.delete_configurations | Should -Be 'false'
        $first.docker_cleanup | Should -Be 'false'
        $first.delete_volumes | Should -Be 'true'
        (Get-Query $sent[1]).delete_connected_networks | Should -Be 'false'
        (Get-Command Remove-CoolifyService).Parameters['KeepNetworks'].Aliases | Should -Contain 'KeepConnectedNetworks'
    }

    It '-WhatIf names what would be deleted and what kept' {
        $all = Get-HostText { Remove-CoolifyService -Uuid $script:Svc -WhatIf }
        $all | Should -Match ([regex]::Escape("What if: Performing the operation `"Delete service with its configuration files, volumes and connected networks, then run Docker cleanup`" on target `"service $($script:Svc)`"."))
        $kept = Get-HostText { Remove-CoolifyService -Uuid $script:Svc -KeepVolumes -SkipDockerCleanup -WhatIf }
        $kept | Should -Match ([regex]::Escape("`"Delete service with its configuration files and connected networks (keeping its volumes), without Docker cleanup`" on target `"service $($script:Svc)`""))
        @(Get-Sent DELETE).Count | Should -Be 0
    }

    It 'simulator: a delete without flags applies all four defaults' {
        Invoke-CoolifyRequest -Method DELETE -Path "/applications/$($script:Web)" -Confirm:$false | Out-Null
        Invoke-CoolifyRequest -Method DELETE -Path "/databases/$($script:Db)" -Query @{ delete_volumes = 'false' } -Confirm:$false -ErrorAction Stop | Out-Null
        $effects = Get-Effect
        $app = $effects | Where-Object resource -eq 'application'
        $app.delete_volumes, $app.delete_configurations, $app.delete_connected_networks, $app.docker_cleanup | Should -Be @($true, $true, $true, $true)
        $db = $effects | Where-Object resource -eq 'database'
        $db.delete_volumes, $db.delete_configurations | Should -Be @($false, $true)
    }
}

Describe 'Move-CoolifyService -DestinationUuid (migrate)' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim; Clear-CoolifySimulatorRequest $script:Sim }

    It '<Cmdlet> sends migrate_volumes=false for -MigrateVolumes:$false, true when not given, and none when moving to an environment' -ForEach @(
        @{ Cmdlet = 'Move-CoolifyService'; Resource = 'service'; Ids = 'k0wcgw4', 'xk9q2m7a1b3c5d7e9f0g2h4j'; Environment = 'env0stagweb0000000000000' }
        @{ Cmdlet = 'Move-CoolifyApplication'; Resource = 'application'; Ids = 'app0webfrontend000000000', 'app2worker00000000000000'; Environment = 'env0stagweb0000000000000' }
        @{ Cmdlet = 'Move-CoolifyDatabase'; Resource = 'database'; Ids = 'db0maindb000000000000000', 'db1cache0000000000000000'; Environment = 'env1stagops0000000000000' }
    ) {
        Set-CoolifySimulator $script:Sim @{ development = $true }
        & $Cmdlet -Uuid $Ids[0] -DestinationUuid dst1edge0000000000000000 -MigrateVolumes:$false -ErrorAction Stop | Out-Null
        & $Cmdlet -Uuid $Ids[1] -DestinationUuid dst1edge0000000000000000 -ErrorAction Stop | Out-Null
        & $Cmdlet -Uuid $Ids[1] -EnvironmentUuid $Environment -ErrorAction Stop | Out-Null
        $posts = Get-Sent POST
        $posts.Count | Should -Be 3
        ($posts[0].body | ConvertFrom-Json).migrate_volumes | Should -BeFalse
        ($posts[1].body | ConvertFrom-Json).migrate_volumes | Should -BeTrue
        $posts[2].path | Should -BeLike '*/move'
        ($posts[2].body | ConvertFrom-Json).PSObject.Properties.Name | Should -Not -Contain 'migrate_volumes'
        $effects = @(Get-Effect | Where-Object { $_.action -eq 'migrate' -and $_.resource -eq $Resource })
        ($effects | Where-Object uuid -eq $Ids[0]).migrate_volumes | Should -BeFalse
        ($effects | Where-Object uuid -eq $Ids[1]).migrate_volumes | Should -BeTrue
    }

    It 'explains the 404 a production server answers: migration is served on development installs only' {
        Move-CoolifyService -Uuid $script:Svc -DestinationUuid dst1edge0000000000000000 -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyNotSupported,*'
        $e[0].Exception.Message | Should -Match 'development installs'
        $e[0].ErrorDetails.RecommendedAction | Should -Match 'dashboard'
        $e[0].Exception.StatusCode | Should -Be 404
    }

    It 'keeps a real not-found as it is' {
        Set-CoolifySimulator $script:Sim @{ development = $true }
        Move-CoolifyService -Uuid $script:Svc -DestinationUuid dst9nowhere0000000000000 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyResourceNotFound,*'
        $e[0].Exception.Message | Should -Match 'Destination not found'
    }
}

Describe 'New- and Set-CoolifyStorage against the storage handlers (persistent needs a name, each type its own fields)' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim; Clear-CoolifySimulatorRequest $script:Sim }

    It 'refuses -Type persistent without -Name before sending, as the server answers 422' {
        New-CoolifyStorage -ApplicationUuid $script:Web -Type persistent -MountPath /data -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
        $e[0].Exception.Message | Should -Match '-Name'
        $e[0].ErrorDetails.RecommendedAction | Should -Match '-Name'
        (Get-Sent POST).Count | Should -Be 0
    }

    It 'goes on with the next piped owner after refusing one (the error is not terminating)' {
        $out = @($script:Web, $script:Db | ForEach-Object { [pscustomobject]@{ ApplicationUuid = $_ } } |
            New-CoolifyStorage -Type persistent -MountPath /data -ErrorVariable e -ErrorAction SilentlyContinue)
        $e.Count | Should -Be 2
        $out.Count | Should -Be 0
    }

    It 'sends is_host_file with -IsHostFile and -FsPath, for an application, a database and a service container' {
        $service = Get-CoolifyService -Uuid $script:Svc
        New-CoolifyStorage -ApplicationUuid $script:Web -Type file -IsHostFile -FsPath /etc/ssl/ca.pem -MountPath /certs/ca.pem | Out-Null
        New-CoolifyStorage -DatabaseUuid $script:Db -Type file -IsHostFile -FsPath /etc/ssl/ca.pem -MountPath /certs/ca.pem | Out-Null
        New-CoolifyStorage -ServiceUuid $script:Svc -ResourceUuid $service.Applications[0].Uuid -Type file -IsHostFile -FsPath /etc/ssl/ca.pem -MountPath /certs/ca.pem | Out-Null
        $posts = Get-Sent POST
        $posts.Count | Should -Be 3
        foreach ($post in $posts) {
            $body = $post.body | ConvertFrom-Json
            $body.is_host_file | Should -BeTrue
            $body.fs_path | Should -Be '/etc/ssl/ca.pem'
            $body.PSObject.Properties.Name | Should -Not -Contain 'content'
        }
    }

    It 'sends the type in lower case, as Coolify''s validation takes it' {
        New-CoolifyStorage -ApplicationUuid $script:Web -Type Persistent -Name uploads -MountPath /uploads | Out-Null
        ((Get-Sent POST)[0].body | ConvertFrom-Json).type | Should -BeExactly 'persistent'
    }

    It 'refuses <Case> before sending' -ForEach @(
        @{ Case = 'file fields on a volume'; Splat = @{ Type = 'persistent'; Name = 'v'; MountPath = '/v'; IsDirectory = $true; FsPath = '/srv/v' }; Match = '-IsDirectory, -FsPath' }
        @{ Case = '-Name on a file mount'; Splat = @{ Type = 'file'; Name = 'v'; MountPath = '/v'; Content = 'x' }; Match = '-Name' }
        @{ Case = '-IsDirectory with -IsHostFile'; Splat = @{ Type = 'file'; MountPath = '/v'; IsDirectory = $true; IsHostFile = $true; FsPath = '/srv/v' }; Match = 'cannot be combined' }
        @{ Case = '-IsDirectory without -FsPath'; Splat = @{ Type = 'file'; MountPath = '/v'; IsDirectory = $true }; Match = '-FsPath' }
        @{ Case = '-IsHostFile with -Content'; Splat = @{ Type = 'file'; MountPath = '/v'; IsHostFile = $true; FsPath = '/srv/v'; Content = 'x' }; Match = '-Content' }
    ) {
        New-CoolifyStorage -ApplicationUuid $script:Web @Splat -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
        $e[0].Exception.Message | Should -Match ([regex]::Escape($Match))
        $e[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        (Get-Sent POST).Count | Should -Be 0
    }

    It 'gets the server''s 422 from the simulator for a volume without a name sent by hand' {
        Invoke-CoolifyRequest -Method POST -Path "/applications/$($script:Web)/storages" -Body @{ type = 'persistent'; mount_path = '/data' } -ErrorVariable e -ErrorAction SilentlyContinue | Out-Null
        $e[0].Exception.StatusCode | Should -Be 422
        "$($e[0])" | Should -Match 'name'
    }

    It 'refuses -Content on a volume and -Name or -HostPath on a file mount in Set-CoolifyStorage' {
        Set-CoolifyStorage -ApplicationUuid $script:Web -Uuid stg0apiuploads0000000000 -Type persistent -Content x -ErrorVariable e -ErrorAction SilentlyContinue
        Set-CoolifyStorage -ApplicationUuid $script:Web -Uuid stg0apiuploads0000000000 -Type file -Name x -HostPath /srv -ErrorVariable +e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 2
        $e[1].Exception.Message | Should -Match '-Name, -HostPath'
        (Get-Sent PATCH).Count | Should -Be 0
    }
}
