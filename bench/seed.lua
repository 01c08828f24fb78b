-- wrk script: submits complaints and appends each ticket of a 201 answer to the file named by
-- the first script argument, for read.lua. Run it with one thread (-t1): one Lua state, one file.
-- Usage: wrk -t1 -c8 -d2s -s bench/seed.lua http://127.0.0.1:PORT -- TICKETS_FILE
wrk.method = "POST"
wrk.path = "/api/v1/complaints"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"kind":"pengaduan","category":"kebersihan","title":"Sampah pasar menumpuk",]] ..
    [["description":"Sampah di Pasar Baru Indramayu tidak diangkut sejak hari Senin.",]] ..
    [["reporter":{"name":"Warga Uji"}}]]

local out

function init(args)
    out = assert(io.open(args[1], "a"))
end

function response(status, headers, body)
    if status == 201 then
        local ticket = body:match('"ticket"%s*:%s*"([^"]+)"')
        if ticket then
            out:write(ticket, "\n")
            out:flush()
        end
    end
end
