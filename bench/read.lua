-- wrk script: public tracking reads, GET /api/v1/complaints/{ticket}, cycling through existing
-- tickets read from the file named by the first script argument (one per line, from seed.lua).
-- Usage: wrk -s bench/read.lua http://127.0.0.1:PORT -- TICKETS_FILE
local tickets = {}
local next_index = 1

function init(args)
    for line in io.lines(args[1]) do
        if #line > 0 then
            tickets[#tickets + 1] = "/api/v1/complaints/" .. line
        end
    end
    assert(#tickets > 0, "no tickets in " .. args[1])
    math.randomseed(os.time() + #tickets)
    next_index = math.random(#tickets)
end

function request()
    next_index = next_index % #tickets + 1
    return wrk.format("GET", tickets[next_index])
end
