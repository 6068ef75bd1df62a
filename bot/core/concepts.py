"""Crisis concepts: the ideas behind crisis wording, and how they combine into a tier.

The phrase families in crisis_patterns.py know sentences; this module knows ideas. Each word or
short phrase of a message (read through safety.canonical(), so disguises and chat spellings are
already undone) is tagged with the concepts it carries: a means ("pills", "the bridge", "🔪"),
access to it ("found", "sitting here with"), a farewell ("letters for everyone"), absence ("not
coming back"), a burden, hopelessness, a self-injury act and where on the body, harm to the baby,
and the framing (an image or urge, a plan, a time like "tonight", a question about a method).

One concept alone is rarely a crisis ("pills" is a medication question, "tonight" is a plan for
dinner); two that belong together within a few words are. RULES say which pairs are the sure
tier (CRISIS) and which single concepts are worth the gentle check-in (CONCERN). A message whose
chat had risk wording a few minutes ago is read "primed": a check-in becomes CRISIS, and a bare
farewell or plan is enough ("I've made up my mind" ... "bye").

Softeners (a toddler, "I'm safe", a dosing question, a laugh) take a rule one step down, and a rule
softened away leaves the next rule to be tried. A laugh alone never takes the check-in away ("only
little cuts lol"); an arrangement for one's own death is not softened by "planning ahead" or "just
wondering", which is what such a message says. Families of wording (round 8) are concepts too: a
person's body with a question of how fast or how long it dies, survives or a poison works; an ending
metaphor with permanence or a wish; a message that ends on "before" (a deadline left unsaid). Round 10
adds a lethal outcome or mishap that is hoped for, sleep made permanent, a near-attempt told by its
place, a note waiting on courage, and what explains words away: a count of the dead in a war or the
news, a kitchen or grooming mishap, a cooking tool used for cooking, a joke about a pet or an adult.
Round 13 reads absence by its intent ("not because I forgot"), a goodnight made permanent, a goodbye to a
child with a when, marks made with a tool or to punish one's body, one's medicine in a baby's feed to
quiet it, running out and not recharging, a life quit like a game; and explains a chore's mishap said to be
minor, a laugh about coffee, a funeral with a date, giving up refused ("not giving up").
Round 14 reads the same wish after a hospital hold, being here "by then" doubted, a note already written,
the one reason to stay wearing thin, the family pictured without one; and explains a dead zone, a baby
"killing" a parent with wake-ups, a small child's question about death, a dose read off the label.
Round 16 reads a dangerous place on one's way that draws one, tiredness "of the forever kind", a dose for
one's size or that stops a heart, a treatment hoped not to let one come back, God calling one home, the baby
no longer needing one "so I can go", being found after "doing it"; and explains a cooking verb "to death",
"I'd die if someone saw me", a goodbye to a relative in hospice, an appliance thrown out of the window.
Round 25 reads a time after which nothing will matter, sleep hoped to be the end, warning signs seen in someone
else (a pet given away, calls to say "I love you", "he's never like this"), cuts kept open, intrusive thoughts no
longer unwanted, "me ending", someone asked to talk one out of it, and goodbyes the others took for drama; each
a check-in with its everyday reading explained (a deadline or a price, the night feeds, a move, a tattoo, therapy).
Round 27 reads a small sharp thing pushed into one's body, a blow kept up until it marks, old scars reopened, affairs
settled beside thanks passed on, "you'll meet someone else" and a family better off with "someone who isn't me", an
ending made to look unchosen, a sealed garage, a child left by water "and wait", a prayer to stop breathing, being
erased, "the bottle open" at night, a goodbye that clears the others, "if anything happens" in earnest or with low
mood, a baby's peril no longer feared, finishing what an attempt started, lying down on a road "and let it be over";
each a check-in, explained by its everyday cause (a divorce, warming the car, sleep apnea, formula, a surgery).

The lexicon is written plainly in English and Spanish (with chat spellings); entries ending in
"*" match any word that starts so ("cut*": cuts, cutting). Matching is one pass over the words
with a dictionary lookup per word, so it is linear in the length of the message.
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from bot.core.crisis_patterns import (
    AWAY_GUARD, AWHILE_GUARD, BETTER_OFF_GUARD, DIE_GUARD, DONATED_GUARD, DOSE_GUARD, END_IT_GUARD, ES_IDIOM,
    GIVE_UP_GUARD, GO_ON_GUARD, GONE_GUARD, MEANS, OD_GUARD, OD_TREATS, OVER_A_THING, WAKE_GUARD,
)


class Tier(enum.Enum):
    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"


# --- the lexicon: concept -> words and short phrases ---------------------------------------------
# Keep entries to words that carry the idea on their own; the RULES below demand a second concept.
LEXICON: dict[str, str] = {
    "dead": """
        the funeral/funeral/funeral home/
        heaven/in heaven/go to heaven/how peaceful/be at peace/rest in peace/let god decide/if she wakes up/if i wake up/whether i wake up/if he wakes up/
        die/dying/be dead/being dead/death/dead/muerte/muerta/muerto/morir/muero/muera/se murio/
        se hubiera despert*/no se despierte""",
    "death": """
        wont wake up/will not wake up/if i died/if i die/when i die/if i was dead/if i were dead/already be dead/id be dead/
        hadnt made it/hadnt survived/wish i hadnt/wishes i hadnt/never been born/no hubiera sobrevivido/no sobrevivir/
        ya no amanezca/no amanecer/si me muero/si se muere/me muera/want out/i want out/out of my own life/out of this life/
        an out/pa que vivo/para que vivo/para que vivir/irme con dios/irme con diosito/me quiero ir de este mundo/
        ya me quiero ir/ya me quiero morir/not going anywhere ever/plane goes down/plane crash/
        suicide*/suicidal*/kms/kill myself/killing myself/unalive*/
        obituary/my funeral/coffin/casket/tombstone/my grave/graveyard/sleep for good/
        not wake up/dont wake up/never wake up/not survive/dont survive/keep myself alive/
        stay alive/not alive/not coming out alive/end it/ending it/end my life/end things/
        finish the job/check out of life/give up on life/my body to just give up/my body to give up/
        not existing/not exist/stop existing/be with my mom/be with my dad/be with god/go be with/
        morirme/morirse/morirte/matarme/matarse/suicidarme/dios me recoja/dios que ya me recoja/
        dios que me recoja/no despert*/no despertar/
        dormir para siempre/porque no me muero/por que no me muero/ojala me muera/
        ojala me muriera/me quiero morir/no existir/a no existir/no quiero vivir/no kiero vivir/cansada de vivir/
        canse de vivir/dejar de existir/quitarme la vida/acabar con todo/acabar con mi vida/
        irme de este mundo/leave this world/not be alive/no despertemos/ever been born/been born/nunca haber nacido/no haber nacido/no hubiera nacido/no amanezco/no despierto/itd be over/it would be over/it would all be over/would all be over/it will all be over/se acabaria todo/todo se acabaria/be alive/estar viva/estar vivo/seguir viva/seguir vivo/let myself die/letting myself die/dejarme morir/never have to wake/not have to wake/no tener que despertar/fall asleep forever/fall asleep and never/sleep and never/sick and didnt get better/sick and not get better/sick and never get better/sick and die/cancer comes back/get cancer/gets cancer/me diera cancer/enfermarme y morir/for it all to be over/for it all to end/it all to end/all to be over/que todo termine/que se acabe todo/hoping something gives out/something gives out/heart gives out/heart to stop/heart would stop/heart just stops/que mi corazon se pare/slep foreva/sleep forever/sleep foreva/slep forever/sleep and not wake/they do not catch it/they dont catch it/dont catch it in time/it would go down/plane would go down/hoped it would crash/hope it crashes/hoped we would crash/hoped the plane/sewerslide/sewer slide/self delete/self deleting/self deleted/unalive myself""",
    "means": """
        rifle/shotgun/handgun/hunting rifle/hose/the hose/exhaust/carbon monoxide/tape the/the van/
        in the water/into the water/
        rope/noose/belt/cord/gun/pistol/firearm/loaded/
        knife/knives/razor/razors/blade/blades/scissors/bridge/overpass/the tracks/train tracks/
        the lake/the river/the ocean/the pool/the canal/cliff/ledge/rooftop/ceiling fan/
        sturdy enough/car running/the desert/cuerda/soga/pistola/cuchillo/navaja/puente/las vias/
        el canal/al canal/el lago/el rio/veneno/engine running/motor running/with the engine on/engine on/motor prendido/motor encendido/razor blade/tylenol bottle/azotea/la azotea/el techo/car on/the car on/car idling/engine idling/guns/brige/parking garage/parking structure/floors up/stories up/flors/the roof of/seatbelt/sin cinturon/wrap it around/wrap the car around/wrap my car around/around a pole/around a tree/contra un poste/el arma/un arma/escopeta/top floor/the top of the building/top of the parking""",
    "meds": """
        swallowed/me trague/trague/
        took something/tomo algo/tome algo/
        pills/pill/meds/medication/medications/tablets/sleeping pills/pain meds/painkillers/oxy*/
        pastillas/pastilla/medicinas/se tomo algo/me tome algo/tomarme todas/insulin/insulina/my mom s pills/moms pills/his pills/her pills/el frasco/frasco/bote de pastillas""",
    "method": """
        if i jump/if i jumped/if i jumped off/
        edge of the roof/on the roof/at the edge/en el techo/en la orilla/on the bridge/on the ledge/en el puente/
        off a short pier/walk off/let the water take me/straight into the water/walk into the ocean/walk into the lake/
        drive into the lake/into the lake/kept walking/keep walking into/fall asleep in the bath/how many feet/
        fall from/to fall/high enough to/hit by a car/get hit by/hurt me tonight/going to hurt me/gonna hurt me/
        overdos*/hang myself/hanging myself/drown myself/crash the car/crashing the car/crash my car/
        crashing into/drive off/drive into/driving off/truck hit me/a car accident/jump off/
        jumping off/jump from/bleed out/estrellarme/aventarme/me iba a aventar/me voy a aventar/
        tirarme/me voy a tirar/me iba a tirar/ahorcarme/lie down and not get up/myself drown/actually drown/let myself drown/letting myself drown/let myself go under/myself fall/let myself fall/dejarme ir/dejarme caer/ahogarme/stop taking my insulin/stopped taking my insulin/skip my insulin/dejar la insulina/drove off/drove into/drive off the road/off the road/veer off/swerve into/into oncoming/slid under/slide under/slip under/go under and stay/stayed under/stay under/using one on myself/use it on myself/using it on myself/use one on myself/use them on myself/usarlo en mi/hurt anyone else/hurt anybody else/lastimar a nadie mas/without my seatbelt/without a seatbelt/sin el cinturon/wrap it around/wrap the car around/wrap my car around/viendo para abajo/mirando para abajo/looking down from/looked down from/stoped taking my blod/stopped taking my blood/dejar de tomar mi/someone hits me/a truck hits me/a car hits me/something hits me/que me atropellen/que me atropelle/me atropelle/hold my breath under/wrapped the car around/wrapped my car around/into a tree/into a pole/contra un arbol/stay under the water/under the water and""",
    "attempt": """
        ya lo intente/lo intente una vez/tried before/tried it before/my last attempt/my attempt/
        attempted before/last time i tried/when i tried to/intento de suicidio/survived an attempt/ended up in the hospital/ended up in the er/ended up in the icu/pumped my stomach/stomach pumped/me llevaron al hospital/termine en el hospital/acabe en el hospital/last time i felt like this/that bad again/la ultima vez que me senti asi""",
    "lethal": """
        highest/tallest/most painless/painless way/painless method/instant/how long until/is too much/
        too much of/lethal/lethal dose/fatal/deadly/kill you/would kill/how much of/enough to kill/to be instant/how tall/how high/is that enough/is it enough/que tan alto/es suficiente/how many floors/how many stories/cuantos pisos""",
    "access": """
        found/bought/buy/got/have the/keep the/kept the/saved up/save up/stockpil*/hoard*/
        collected/collecting/counted/counting/sitting here with/sitting with/holding/looking at/
        looked at/look at/staring at/stared at/loaded/refill*/full bottle/in my hand/
        in the bathroom with/floor with/sat in/tengo/juntad*/guardad*/junte/guarde/compre/
        agarre/agarrar/con la navaja/con el cuchillo/keep driving/driving past/driving over/
        around my neck/ive the/ive my/ready/sturdy enough/strong enough/high enough/deep enough/listas/listo/lista/keep a/keep one/carry a/carry one/carrying a/i carry/put the/next to him/next to her/stare at it/staring at it/kep opening/keep opening/opening the drawer/in the nightstand/in my nightstand""",
    "amount": """
        all of them/the whole bottle/whole bottle/full bottle/entire bottle/a lot extra/extra/
        too many/handful/every pill/every last/the rest of/all of my/todas las/todos los/
        pills pills/meds meds/pastillas pastillas/todo el frasco/todo el bote/toda la caja/todas mis""",
    "question": """
        how many/how much/would it take/does it take/how long does it take/how long it takes/
        what happens if/what would happen if/is there a way/painless/quickest way/fastest way/
        looks like an accident/look like an accident/cuantas/cuantos/que pasa si/que pasaria si/how tall/how high/is that enough/is it enough/que tan alto/how many floors/how many stories/cuantos pisos""",
    "time": """
        rn/this time/esta vez/espero que se duerman/cuando se duerman/once theyre asleep/when they fall asleep/once the baby is asleep/
        tonight/tomorrow/today/right now/this week/this weekend/next time/after tonight/
        by christmas/by morning/this is it/esta noche/hoy/manana/ahorita/ya mismo/pronto/shortly/in a few days/any day now/soon enough/se duerma/se duerman/se vaya/se vayan/falls asleep/is asleep/are asleep/once he leaves/when he leaves/after he leaves/once she leaves/when she leaves/after she leaves/when everyone is asleep/cuando se vaya/rite now/when everyone asleep/when everyone sleeps/anoche/cuando todos duermen""",
    "plan": """
        let it win/give in to it/
        rehearsing/rehearse/the where and the when/worked out the/figured out how/picked the place/picked a date/
        picked the day/set a date/scheduled a time for it/scheduled a day for it/set a time for it/picked a time for it/picked a day for it/todo planeado/tengo todo planeado/ya tengo un plan/have it all planned/planned it out/
        need the nerve/just need the nerve/get the nerve/work up the courage/the courage to/make it look like/
        look like sids/dont call anyone/dont call 911/no llamen a nadie/lista para irme/listo para irme/ready to leave/
        for real this time/asking for me/asking for myself/looking up how to/looked up how to/looked up which/
        looking up which/googled how/
        made up my mind/my mind is made up/decided/ive decided/ready to go/
        everything is in order/its time/dont try to stop me/not going to wait/not wait around/
        im doing it/going to do it/i have a plan/todo listo/ya lo decidi/ya decidi/hoy es el dia/
        no me detengan/make sure he gets/just in case i decide/in case i decide/
        looks like an accident/look like an accident/me iba a/dije que me iba/lo voy a hacer/voy a hacerlo/im going to do it/going to act on it/act on it/all figured out/figured it all out/have it figured out/lo tengo todo pensado/ya lo tengo pensado/everything is sorted/got everything sorted/affairs in order/todo en orden/deje todo en orden/loose ends/put everything in order/put things in order/in order and/had the guts/the guts to/if i had the guts/si tuviera el valor/tengo decidido/decidido el dia/ya tengo el dia/ya tengo la fecha/picked the date""",
    "farewell": """
        whoever reads this/whoever finds this/take care of/tell my wife/tell my kids/tell my mom/tell my family/
        tell them i/tell everyone i/los quiero mucho/la quiero mucho/lo quiero mucho/love you all/love you guys/
        final message/last message/ultimo mensaje/my last post/was a goodbye/sorry to everyone/sorry to all/
        sorry por todo/perdon por todo/perdonenme/perdone todo/perdonen todo/im sorry i couldnt/sorry i couldnt/
        deleted all my/deleted my accounts/deleted my socials/gave my sister/gave my mom the/regalo su ropa/
        regale mi ropa/regale mis cosas/regalo sus cosas/me despedi/ya me despedi/said my goodbyes/
        said goodbye to everyone/wrote my son a letter/wrote my daughter a letter/a letter for his/a letter for her/
        cuide a la/cuides a la/cuide al/cuides al/
        this is goodbye/bye everyone/bye forever/goodbye everyone/final goodbye/letters for everyone/
        letters to my/letters for my/letters to everyone/wrote letters/wrote a note/left a note/
        a note that says/suicide note/notes for everyone/notes for my/left notes/wrote notes/
        letter for everyone/escribi las cartas/cartas para/passwords/my will/gracias por todo/tell my son/tell my daughter/tell my husband/
        tell the baby/i loved him/i loved her/i love you all/hug from me/kiss from me/
        taken care of/take care of her/take care of him/take care of my/cuiden a/cuida a mi/
        whoever comes after/after im gone/wont need them/
        wont need it/cancel my appointments/cancel all my/forgive me/sorry for everything/
        im sorry i tried/adios a todos/tell the doctor im sorry/see you never/hasta nunca/never see me again/nunca me volveras a ver/nunca me vuelvan a ver/a note from/found a note/note addressed/saying goodbye/saying bye/goodbye letter/goodbye note/carta de despedida/despedida/who should get custody/should get custody/who gets custody/who should raise/who will raise/who should take/quien se queda con/in an envelope/escribi cartas/cartas a mis/notes to my/giving away my things/giving away my stuff/giving away my jewelry/gave away my things/gave away my stuff/gave away my jewelry/giving my things away/regalando mis cosas/wrote out instructions/instructions for my/affairs in order/my affairs/everything is sorted/got everything sorted/paid off my/loose ends/todo en orden/deje todo en orden/knows i loved/know i loved/knows his mom loved/knows her mom loved/knows how much i loved/loved him/loved her/sepa que lo quise/sepa que la quise/sepa cuanto lo quise/sepa cuanto la quise/the last time you will hear/last time you will hear/last time youll hear/youll never hear from me/last time you hear from me/ultima vez que sabes de mi/ultima vez que sabran de mi/instructions for/gave my husband instructions/written instructions/instrucciones para/said goodbye to my/said godbye to my/me despedi de/did not know that is what it was/didnt know it was goodbye/who gets what/who takes the dog/who gets my/what to write to the baby/who gets the baby/me regalo su/me regalo sus/regalo su/regalo sus""",
    "bye": "bye/adios/goodbye/ciao/chao/farewell/thank you for everything/thanks for everything/los amo/las amo",
    "absence": """
        not going to make it to/wont make it to/not make it to/one less me/where i belong/
        still be here/still be around/ill still be here/im still here/only reason im still here/me gone/
        have me gone/remove myself/take myself out/not going home/wont be there/will not be there/i wont be here/
        ya no contesta/not answering/stopped answering/wont answer/mi ultima noche/esta es mi ultima/
        my last night/me voy pa siempre/me voy para siempre/going on a long trip/nobody will find/no one will find/
        nadie nos va a encontrar/if i wasnt here/if i werent here/si yo no estuviera/si no estuviera/
        not here anymore/wasnt here/werent here/not be here/not being here/not around/
        still being around/being around/not coming back/wont be coming back/wont be back/
        disappear*/vanish*/gone forever/when im gone/after im gone/once im gone/without me/sin mi/
        wont hear from me/my last week/my last day/one last time/
        stopped showing up/stop showing up/not get up/ya me voy/ya me fui/si me voy/desaparecer/no volver/
        no voy a volver/if i go/if im gone/if i leave/survive the night/if something happens to me/
        se van a ir/not coming out/not to wait around/a ghost/just go away/ill go away/going away forever/go away forever/irme lejos/dont think ill make it/dont think i will make it/not sure ill make it/ill make it to/if i just stopped/if i just stop/if i just quit/if i stopped existing/theyll move on/they will move on/he will move on/hell move on/she will move on/shell move on/move on without me/can remarry/remarry/se vuelva a casar/when she goes/when he goes/wont be needing/will not be needing/not going to need/no lo voy a necesitar/no voy a necesitar/not picking up/isnt picking up/wont pick up/no contesta/no me contesta/in case something happens to me/in case anything happens to me/por si me pasa algo/si algo me pasa/need them more than me/with me much longer/me much longer/deal with me much/put up with me much/wont have to deal with me/wont have to worry about me/no tendran que aguantarme/hear from me again/never hear from me/no sabran mas de mi/no van a saber de mi/alone in this world/sola en este mundo/solo en este mundo/ya no voy a estar/no voy a estar/ya no estare/no estare aqui/ya no voy a estar aqui/in case i am not around/in case im not around/if i am not around/when i am not around/will not be around/wont be around/not be around for/would be gone/be gone already/id be gone/i would be gone/no los va a ocupar/no los voy a ocupar/no las voy a ocupar/no los va a necesitar/no los voy a necesitar/ya no los va/ya no las va/leaving her there/leaving him there/leave her there for/leave him there for""",
    "burden": """
        one less me/one less/easier this way/its easier/easier for everyone/easier without me/mas facil para todos/
        mas facil sin mi/im the problem/the problem is me/from the equation/merece una mama mejor/merece algo mejor/
        merece otra mama/no sirvo/ni como madre sirvo/would be better with/estaria mejor con/estaria better/
        better with my/terrible mom/deserves to have me gone/throw a party/
        burden/better off/better without/fine without me/be fine without/be free/all be free/
        life insurance/the reason everything/the reason for/only fix/my fault/replace me/
        better mom/better mother/better raised/deserves better/deserves a mom/estorbo/una carga/
        problema de nadie/mejor sin mi/better sin mi/a better one/insurance is enough/the insurance/insurance money/insurance will/a real family/real family/a real mom/a real mother/a better family/someone better/find someone better/let them have/would be so quiet/be quieter/world would be/the world would/una familia de verdad/alguien mejor/mejor mama/no me lo merezco/no merezco/i dont deserve/doing everyone a favor/do everyone a favor/a favor to everyone/hacerles un favor/les haria un favor/un favor a todos/have to deal with me/deal with me/put up with me/aguantarme/nobody would care/no one would care/nobody would notice/no one would notice/nobody would miss me/a nadie le importaria/nadie lo notaria/photo of me instead/picture of me instead/grows up with a photo/grow up with a photo/grows up without me/grow up without me/deserves a happy/deserves a hapy/never going to be that""",
    "hopeless": """
        why bother/whats the use/reason to stay/reason not to/reason to live/reasons to stay/one reason to stay/
        ya no puede/no puede mas/cant keep pretending/cant pretend anymore/need an out/feel calm/i feel calm/
        feel at peace/finally at peace/me siento en paz/tired and im going/
        im done/really done/so done/cant do this anymore/cant go on/no point/whats the point/
        pointless/no way out/give up/giving up/how much longer/no aguanto/ya no puedo/
        pa que sigo/para que sigo/por que sigo/porque sigo/why am i still here/relieved/a relief/
        lado bueno/not safe/might as well/stopped eating/nobody would be surprised/im scared of me/disappointed every morning/disappointed when i wake/disappointed i woke/disappointed to wake/upset i woke up/sad i woke up/mad i woke up/decepcionada de despertar/how easy it would be/how easy it would/que facil seria/lo facil que seria/wouldnt mind/would not mind/i dont mind if/no me importaria/wouldnt care if/would be ok with that/cant see a future/no future/dont see a future/do not see a future/no veo futuro/no le veo futuro/no tengo futuro/me canse de todo/cansada de todo/cansado de todo/harta de todo/harto de todo/if it happens it happens/if it hapens it hapens/si pasa pasa/you can guess why/you can gues why""",
    "self_harm": """
        slice*/claw*/gouge*/my cuts/the cuts/scars/new one/relapsed on/cutting between/
        punching herself/punching himself/hitting herself/hitting himself/cutting herself/cutting himself/
        me clavo/me pegue/me pegue en/punching walls/punch walls/punched the wall/punching the wall/
        bite myself/biting myself/
        cut/cuts/cutting/cut myself/carve*/carving/scratch*/pinch*/burned my/burnt my/burn my/
        burning my/scald*/bruise*/bleed*/hit myself/hitting myself/hitting my/hit my head/punched/
        punch myself/pulling my hair/pull my hair/s h/sh/self harm/selfharm/starv*/
        stopped eating/stop eating/pressed the hot/held my hand under/held it there/
        cortes/cortarme/cortandome/me corto/me corte/lastimarme/lastimandome/me lastimo/
        me sigo lastimando/quemarme/me queme/me quemo/me pego/golpearme/me golpeo/aranarme/rasgunos/make myself throw up/make myself sick/make myself puke/make myself vomit/punish myself/punishing myself/castigarme/me castigo/dont eat/not eating/no como/no comer/me muerdo/muerdo/morderme/me rasguno/me arano/me pelizco/me jalo el pelo/me arranco/moretones/moreton/burned myself/burn myself/burning myself/razor blade/cortando/me estado cortando/burning the inside/burning the/burned the inside/curling iron/hot pan/against the hot/presed my/pressed my hand/held my hand on/bandages/bandaids on my/vendas/cortadas/cortada/cortaditas/punching my/punch my/punched my/golpeando mis/golpeo mis""",
    "on_purpose": """
        so no one sees/so nobody sees/no one can see/para que nadie vea/long sleeves/hide the cuts/hide them/
        tally/counting them/count them/needed it/i needed it/relapsed/yo misma/yo mismo/until it opens/opens back up/
        split open/hasta sangrar/hasta que sangre/left marks/until something snaps/
        on purpose/deliberately/a proposito/purposely/deserved/i deserve/deserve it/until they bleed/
        until it bleeds/until it bled/raw/relapse/clean/where he cant see/where no one can see/
        where nobody/where socks/felt calm/first time i felt/only superficial/no big deal/
        para sentir/to feel something/kept going/as punishment/punishment/to punish/for failing/porque no me lo merezco/no me lo merezco/no merezco/i dont deserve/its how i get through/how i get through the day/how i cope/get me through/apropósito/felt nothing/i felt nothing/no senti nada/until she screamed/until he screamed/until she cried/until he cried/hasta que lloro/hasta que grito/longer than i should/longer than i should have/mas de lo que debia/nobody wil se/nobody will see/nobody sees/nobody ses/so nobody/que no vean/para que no vean/no me vean/wanted it to hurt/want it to hurt/need it to hurt/until they are purple/til they are purple/works for about/works for a/i lied and said/sudadera/hoodie in/long sleves""",
    "body": """
        knuckles/face/my face/cara/la cara/toes/my toes/back of my hand/
        wrist/wrists/arm/arms/forearm/forearms/thigh/thighs/leg/legs/hip/hips/ankle/ankles/skin/
        scalp/stomach/neck/my head/chest/brazo/brazos/muneca/munecas/pierna/piernas/piel/cabeza/cuello/my hand/mi mano/bracito/piernita""",
    "baby": """
        baby/babies/newborn/infant/son/daughter/little one/bebe/bebes/bb/bebito/bebita/hijo/hija/
        nino/nina""",
    "baby_harm": """
        lo sacudi/la sacudi/sacudi al/sacudi a mi/
        hands around her/hands around his/hands were around/around her neck for/roll over on her/roll over on him/
        do to him/do to her/did to him/did to her/to do to him/taparle/taparle la boca/estrellar al/estrellarlo/estrellarla/
        contra el piso/contra la pared/ahogando a/ahogar a/ahogar al/biting him/biting her/bite him/bite her/
        smashing her/smashing his/smashing him/slam her/slam him/slamming her/slamming him/spanked my/spank my/
        till he went quiet/til he went quiet/until she went quiet/till she went quiet/hasta que se calle/
        look like sids/until he stops breathing/until she stops breathing/pegarle al/pegarle a mi/
        drop him/drop her/dropping him/dropping her/dropped him/dropped her/throw him/throw her/
        throwing him/throwing her/threw him/threw her/toss him/toss her/shake him/shake her/
        shaking him/shaking her/shook him/shook her/shoved her/shoved him/holding him under/holding her under/hold him under/hold her under/
        covering his mouth/covering her mouth/cover his mouth/cover her face/cover his face/
        squeeze her/squeeze him/want to squeeze/pillow over/get rid of him/get rid of her/
        drown him/drown her/drowning him/drowning her/smother him/smother her/smothering him/
        smothering her/suffocate him/suffocate her/suffocating him/suffocating her/
        what my hands would do/
        what my hands might do/what i might do/before i do something/alone with him/alone with her/
        tirando al/tirar al/tirarlo/tirarla/aventarlo/aventarla/sacudi*/apretarle el cuello/
        ahogarlo/ahogarla/hacerle algo/hacerle dano/lastimarlo/lastimarla/covered his mouth/covered her mouth/covered her face/covered his face/her falling/him falling/her suffocating/him suffocating/baby suffocating/her drowning/him drowning/baby drowning/the baby falling/se me cae/se le cae/se cae el bebe/se ahoga/se asfixia/squeezed him/squeezed her/smothered him/smothered her/shook the baby/shake the baby/ponerle la almohada/ponersela en la cara/taparle la cara/let go of the stroller/let go of the car seat/let go of the carrier/soltar la carriola/solte la carriola/water over her face/water over his face/water run over her/water run over his/hurting the baby/hurtin the baby/hurt the baby/hurt my baby/hurting my baby/hurtin my baby/hurting him/hurting her/hurt him/hurt her/hurtin him/hurtin her/lastimar al bebe/hacerle dano al/ahogando al/ahogandolo/ahogandola/le tape la boca/tape la boca/le tapo la boca/le tapo la cara/tossed her/tossed him/tossing her/tossing him/walking away and leaving/leave her there/leave him there/leaving her there/leaving him there/le aprete/aprete el/aprete la/le pegue al/le pegue a mi/le di una nalgada/le pegue a la""",
    "place": """
        down the stairs/over the railing/out the window/off the balcony/por la ventana/
        por las escaleras/in the tub/under the water/bajo el agua/por la escalera/por la escaleras/off the changing table/the changing table/over the crib/over her crib/over his crib/over the bassinet""",
    "image_urge": """
        flashes/flashes of/telling me to/keeps telling me/talking about/keeps talking about/keeps saying/me dan ganas/dan ganas/
        imagine/imagining/imagined/picture/picturing/keep seeing/keeps showing me/showing me/
        thought/thoughts/thinking about/think about/thinking of/keep thinking/cant stop thinking/
        urge/urges/want to/wanted to/hands want/part of me/didnt feel bad/scared of me/afraid of me/
        afraid of what/scared of what/intrusive/voice telling me/imagino/me imagino/pienso en/
        pensando en/ganas de/quiero/kiero/calling me/keeps calling/hoping/i hope/wants it to happen/want it to happen/wanted it to happen/hope it happens/part of me wants/part of me feels relief/feels relief/feel relief/felt relief/a relief/veo imagenes/veo/quiero que pase/keep going/wanted to keep going/siento que lo voy/stare at/staring at/stand over/just stare/pense en/pense/pensaba en/pensar en/pensando/thought about/i wish/wish i could/wish i was/wish i were/ojala/quisiera/waiting for/just waiting/esperando que/esperando a que/why does my brain/my brain keeps/my brain kep/my brain wont stop/mi mente/kep seeing it/keep seeing it""",
    "setting": """
        bathtub/the tub/in the bath/bathroom floor/the bathroom/in the garage/the garage/in the car/
        in my car/the closet/on the roof/sitting here/just sitting/en el bano/en la tina/en el carro""",
    "with_me": """
        me llevo a mi/y me llevo/go there now with the baby/with the baby too/el bebe y yo/
        taking him with me/taking her with me/take him with me/take her with me/coming with me/
        for her too/for him too/both of us/me lo llevo/me la llevo/conmigo/
        the baby and me/me and the baby/the baby with her/the baby with him/take the baby with/llevarse al bebe/se lleva al bebe/neither of us/me or the baby/ir juntos/irnos juntos/nos deberiamos ir/nos vamos los dos/go together/both of us gone/goes with me/the baby goes/shes going with me/hes going with me/going with me too/se va conmigo/se viene conmigo/nos vamos juntos/nos iremos juntos/vamonos juntos""",
    "violence": """
        smash*/slam*/squeez*/spank*/shook/shake/shaking/punch*/slap*/choke/choking/choked/strangl*/shove/shoved/
        bit/bite/biting/pinch/pinched/hit/hitting/throw/threw/sacudir/sacudi*/apretar*/
        pegarle/estrellar/ahogar*/roll over on/pressing/press down/pressing down/push down/pushing down/hold it down/holding it down/aprete/apreto/apretando/tossed/tossing""",
    "intensity": """
        no se callaba/no se calla/wouldnt stop crying/wont stop crying/no dejaba de llorar/would not stop crying/
        hard/so hard/too hard/harder/hard enough/until something snaps/till he went quiet/until he went quiet/
        until she went quiet/hasta que se calle/contra el piso/contra la pared/against the wall/on the counter/
        on the floor/until she stops/until he stops/til its quiet/till its quiet/muy fuerte/quedo morado/le quedo morado/moretes/way harder/para que se calara/para que se callara/pa que se callara""",
    "wish_dead": "hubiera muerto/me hubiera muerto/hubiera muerta/me hubiera muerta/haberme muerto/wish i had died/wish i died/wish i would have died/should have died/debi morir/debi haberme muerto",  # a wish to have died, even "in childbirth"
    "hiding": "long sleeves/long sleves/so nobody sees/so nobody ses/nobody will see/nobody wil se/where nobody will see/para que no vean/pa que no vean/que no me vean/sudadera/me pongo sudadera/hide my arms/hide my legs/hide the marks/esconder las marcas",  # covering up marks
    "stopped_meds": "stopped taking my/stoped taking my/quit taking my/not taking my/skipping my/skip my/deje de tomar mis/deje de tomar mi/ya no me tomo",  # dropping a life-saving medicine, deliberately
    "ease": "how easy it would be/how easy it would/how easy it is/would be so easy/it would be easy/que facil seria/lo facil que seria/seria tan facil",  # "how easy it would be": with an urge and a child or a means, sure
    "denial": "denial",  # denied or asked-about ideation, marked by safety._mask_denials()
    "baby_means": "pillow/pilows/blanket/blankets/plastic bag/almohada/cobija/cobijas/bolsa de plastico",
    "pron": "him/her/his/lo/la/le/al bebe/al nino/a la nina/bassinet/crib/bouncer/car seat/cradle/cuna/moises",
    "identify": "i get why/i understand why/i finally understand why/i get it now/i get it completely/now i understand why/ya entiendo por que",
    "euphemism": "do it/did it/go through with it/doing it/lo hacen/lo hizo",
    "serious": "not joking/wasnt joking/no joke/im not joking/im serious/not kidding/wasnt kidding/no estoy jugando/en serio",
    "safe": "im safe/i am safe/not thinking of hurting/not going to hurt anyone/said no/honestly said no/dije que no/never have been/nunca lo he sido/ni nada/or anything/or anything like that/o algo asi/feel safe/i feel safe/me siento segura/me siento seguro/estoy segura/want to feel better/quiero sentirme mejor/im fine/estoy bien/feel like me again/feel like myself again/feel like me/feel like myself/sentirme yo/volver a ser yo/i do not have them/dont have them/i dont have those/no los tengo/no tengo esos/quiero prevenir/prevenir",
    "medical": """
        ketamine/ketamina/infusion/infusions/treatment/prescribed/prescription/dose/dosage/
        doses/miss a dose/missed a dose/should i take/do i take/can i take/a day/per day/daily/
        is that ok/is it ok/is it safe/es seguro/side effect*/interact*/while breastfeeding/
        in the morning/before the appointment/before an infusion/antes de la cita/tomo antes/
        to work/for pain/for a headache/my doctor/the doctor said/by taking/with the medication/
        go on medication/on medication/people overdose""",
    "asks_about": """
        is that a symptom/is this a symptom/is it a symptom/de eso se trata/se trata la depresion/
        is that what ppd is/is that what postpartum depression/is that what ppd looks like/is that normal/is this normal/
        is it normal/es normal/does that mean/is that ppd/is this ppd/is that ocd/is this ocd""",
    "chore_injury": "cooking/chopping/slicing onions/peeling/on the stove/on the oven/in the oven/bottle warmer/with the iron/curling iron burn/shaving/gardening/tripping/slipping/when i fell/con el comal/el comal/haciendo tortillas/cocinando/cocinar/la estufa/el horno/la plancha/el sarten/what do i put on it/que me pongo",  # a burn or cut from a chore, unless "on purpose"
    "accident": "by accident/accidentally/sin querer/on accident/por accidente",
    "softener": """
        cooking/chopping/slicing onions/peeling/on the stove/on the oven/in the oven/bottle warmer/with the iron/shaving/gardening/tripping/slipping/when i fell/on accident/
        should i worry/should i be worried/is she ok/is he ok/is that bad/urgent care/the er/pediatrician/fell off/rolled off/bumped/
        sin querer/accidentally/by accident/
        nicked/is that normal/is it normal/es normal/how do i stop/should i use/done with/
        harta de/cansada de los/pumping/breastfeeding/formula/diapers/panales/laundry/nursing/
        miss a dose/missed a dose/dose/dosage/side effect*/while breastfeeding/interact*/
        prescribed/my hair/el pelo/mi pelo/the nails/his nails/her nails/la leche/could that be/just want to know/want to know if/just wondering/quiero saber si/could this be/could it be/es depresion/eso es depresion/sera depresion/is that hormones/is it hormones/are these hormones/cocinando/cocinar/nada serio/nothing serious/dejar de tomar/stop taking before/before the ketamine/antes de la ketamina/get him to stop/get her to stop/get them to stop/get him to be/get her to be/be gentle/teach him/teach her/babysitter/ninera/any tips/tips for/road trip/hour drive""",
    "story": """
        older son/older daughter/older brother/older sister/sibling/jealous*/jealousy/celos*/celoso/celosa/his brother/her brother/the dog/the cat/hes 4/shes 4/hes 3/shes 3/
        toddler/toddlers/year old/yr old/big sister/big brother/kids are/grandma/grandpa/abuela/abuelo/my grandmother/my grandfather/passed away/fallecio""",
    "media": "show/episode/movie/film/series/character/netflix/tv/novel/podcast/news/article/documentary/pelicula/serie/novela/noticias",
}


# Forms found missing as a family rather than as sentences: Spanish conjugations and reflexives,
# hands, scars and stitches as body, storing medicines as access, a lethal question on its own,
# reported suicide in the family, and the screening question about self-harm.
MORE: dict[str, str] = {
    "deadly": """lethal/lethal dose/deadly/most painless/painless way/painless method/
        is there a painless/es mortal/letal/dosis letal/can you die from/could you die from/can i die from/can someone die from/
        se puede morir/hurts less/hurt less/least painful/less painful/duele menos/for it to actually work/for it to work/
        so they cant save you/cant save you/no me puedan salvar/how deep/que tan profundo""",
    "death": """being alive/still alive/whether i live/if i live or die/whether i live or die/caring whether i live/
        never born/was never born/erase myself/erasing myself/borrarme/rest for good/finally rest/gone for good/
        fade out for good/faded out for good/descansar para siempre/not scared of dying/not afraid of dying/
        not scared to die/not afraid to die/ya no me da miedo morir/ya no le tengo miedo a la muerte/
        llevame/llevame ya/recogeme/me deje despertar/me dejes despertar/biopsy comes back bad/comes back bad/
        end this/end everything/end it all/end all of this/end the pain/terminar con todo/acabar con esto/terminar con esto/
        merezco morir/me merezco morir/mereceria morir/deserve to die/deserve to be dead/about jumping/of jumping/urge to jump/
        ganas de aventarme/ganas de tirarme/no amaneciera/ya no amaneciera/stop a heart/stop my heart/stop someones heart""",
    "plan": """what im about to do/what i am about to do/lo que estoy por hacer/my plan is/mi plan es/practiced/practicing/practice run/dry run/go through with it/went through with it/tengo fecha/ya tengo fecha/
        lo decidi/desde que lo decidi/ya se como/know exactly how/make sure i know how/i know how/spot picked out/
        picked out a spot/picked out the spot/get used to it/acostumbrarme""",
    "hopeless": """me rendi/ya me rendi/me rindo/rendirme/keeping me here/keeps me here/only thing keeping me/
        lo unico que me detiene/lo unico que me mantiene/guess why/can probably guess/could just stop/
        just stop everything/stop everything/optional/feels optional/more calm/feels calmer/feel calmer/calmer now/
        mas tranquila/mas tranquilo/take the baby away/se llevara al bebe/se llevaran al bebe/go back to before/
        volver a mi vida de antes/waste of oxygen/waste of space/waste of air/hate myself/me odio/me detesto/
        done for good/for good this time/make it official/wouldnt be the worst thing/would not be the worst thing/no seria lo peor""",
    "burden": """waste of oxygen/waste of space/solve everything/would solve everything/fix everything for/
        a mom like me/a mother like me/una mama como yo/una madre como yo/stepmom/stepmother/otra mama/madrastra/nobody will miss me/no one will miss me/wont miss me/would miss me/
        nadie me va a extranar/nadie me extranaria/nadie me extranara/nadie me va a extrañar/grow up happier/be happier without/happier without me/
        happier thinking""",
    "absence": "no quiero estar aqui/no kiero estar aqui/no kiero estar aki/estar aki/dont want to be here/me desaparezco/desaparezco/not going to stick around/wont stick around/not stick around/not sticking around/not be around to see/no regresar/nunca regresar/no regreso nunca/never come back/not come back/if something happened to me/if anything happened to me/si me pasara algo/si algo me pasara/si me pasa algo/cuidemela/cuidemelo/cuidamela/cuidamelo/nobody would find/no one would find/nobody would ever find/nadie me encontraria/nadie me encuentre",
    "farewell": """like its the last time/like it is the last time/might be the last time/could be the last time/
        wedding ring/to keep safe/wrote a will/wrote my will/made a will/made my will/updated my will/hice mi testamento/
        escribi mi testamento/gave the dog to/gave my dog to/rehomed the dog/rehomed my/will raise them/will raise her/will raise him/can raise them/can raise her/can raise him/
        raise them for me/los criara/la criara/lo criara/last time ill message/last time ill talk/last time ill write/
        last time ill text/the last time ill/ultima vez que escribo/ultima vez que les escribo/posted a goodbye/a goodbye on/goodbye post/goodbye message/posteo una despedida""",
    "self_harm": """me muerdo las/apretarme/me aprieto/yank*/pulling my hair out/hair out/arrancarme/
        banging my head/bang my head/bashing my head/slamming my head/golpearme la cabeza/me golpeo la cabeza/
        pressing on my/press on my/pick at my stitches/rubber band/ice cube/
        blood out of/the blood off/clean the blood/clean up the blood/limpiar la sangre/punch the/punched the/punching the""",
    "on_purpose": """until my knuckles/knuckles split/until they split/until it splits/until it hurts/hasta que duele/
        hasta que me duele/hasta que sangra/hasta que sangro/hasta dejar marcas/dejar marcas/want it to open/
        went back to the real thing/the real thing/stopped working""",
    "body": "manos/las manos/fingers/dedos/cicatriz/la cicatriz/head/tile",
    "hiding": "hoodies/hoodie/sudaderas/before my husband gets home/before he gets home/before anyone sees/before he sees/antes de que llegue",
    "violence": "aprieto/aprietas/aprieta/apriete/grabbed her/grabbed him/grab her/grab him/yanked her/yanked him/yank her/yank him",
    "intensity": "too rough/so rough/finger marks/left marks/marks on her/marks on his/bruises on her/bruises on his/le quedan marcas/quedan marcas/marcas",
    "baby_harm": "in the bath and walked away/in the tub and walked away/in the bath and walk away/in the tub and walk away/and walked away from/didnt feed him/didnt feed her/not feed him/not feed her/stop feeding him/stop feeding her/no darle de comer/hundirlo/hundirla/hundir al/hundir a mi/meterlo bajo el agua/meterla bajo el agua",
    "image_urge": "pienso que/a veces pienso/shows me/brain shows me/mi mente me muestra/le pido/le pido a dios/i pray/i keep praying/rezo para/voice that says/a voice that/the voice says/una voz que/looking forward to it/la imagen/imagen/se me viene/se me vienen/feel pulled/feel drawn/pulled toward/the pull/me jala",
    "access": """no dejo de ir/ir a verla/ir a verlo/a verla/a verlo/keep going to look/going to look at/storing up/storing/
        stash*/stocking up/saving my/been saving/walked out to/went out to/stood on/stood at/standing on/and waited/
        no train came/tengo las llaves/the keys/where to get it/where to get some/donde conseguirla/donde conseguirlo/hid the/hide the/took away the/locked up the/escondio el/escondio la/escondio las""",
    "means": "al rio/del rio/parking deck/knot/the knot/garage cerrado/el garage cerrado/the crosswalk/into traffic/in front of a car/in front of a truck",
    "method": "my body will do the rest/body will do the rest/do the rest/walk into the desert/into the desert/walk out into/run out of gas/not turning/not turn the wheel/turn the wheel/let go of the wheel/not brake/not hit the brakes/soltar el volante/the railing/letting go of the railing/let go of the railing/stepping into/step into traffic/walk into traffic/without looking",
    "setting": "el garage/el garaje/knife block/near the knife/near the knives",
    "psychosis": """god told me/god wants me/god asked me/dios me pidio/dios le pidio/dios quiere que/the voices say/the voices tell/voices telling me/voices tell me/hear voices telling/voces que me dicen/
        hablar sola/habla sola/hablando sola/talking to herself/the baby is evil/el bebe es malo/possessed/demon/
        la esta castigando/is punishing me/is punishing her/entregue/sacrifice""",
    "stopped_meds": "no me estoy poniendo/no me pongo la/deje de ponerme/ya no me pongo/no me he puesto",
    "attempt": "i tried once/tried once when/tried when i was/the week before i tried",
    "serious": "joking im not/joking i am not",
    "time": "until he leaves/until she leaves/until my husband leaves/leaves for work/se vaya a trabajar",
    "just_in_case": "just in case/por si acaso/in case",
    "screen": "question 9/question nine/item 9/pregunta 9/phq 9 question/nearly every day",
    "others": """took her own life/took his own life/took their own life/killed himself/killed herself/shot himself/shot herself/
        died by suicide/died of suicide/se quito la vida/se suicido/family history/runs in the family/antecedentes/
        my aunt/my uncle/my cousin/mi tia/mi tio/mi prima/mi primo""",
    "safe": """no dark thoughts/no thoughts of/no self harm/never had any/never had thoughts/doing fine/feel okay/feel ok/
        i feel okay/im okay/scored low/no tengo esos pensamientos/ahorita estoy bien/preventive/prevention/proactive/
        prevencion/be cautious/being cautious/plan ahead""",
    "accident": "took a fall/a bad fall/took a bad fall/me cai/just bruised/nomas moretones",
    "softener": "extractor/el extractor/sacaleches/the pump",
    "idiom": "goldfish died/fish died/hamster died/dog died/cat died/pet died/our pet/explain death/explain dying/explain what death/explicarle la muerte/explicar la muerte/me dejo muerta/me dejo muerto/me tiene muerta/me tiene muerto/dejo muerta/no me dejo dormir/no me deja dormir/no me dejaron dormir/dying of stress/die of stress/dying from stress/died again/app died/battery died/phone died/monitor died/so muerta/tan muerta/de la pena",
}
# Round 7, kind by kind: researching a method and hiding it, saving up medicines, a place of danger
# and an approach or drift towards it, rehearsal, a past attempt coming back, farewells without a
# death word, a passive wish ("que Dios me recoja", "that'd be fine"), forever, acts against a baby,
# a third person locked in or threatening, laughter and hyperbole (what makes "I'd rather die than
# go to a gender reveal 😂" a joke).
KINDS: dict[str, str] = {
    "research": """googling/googled/google/searching/searched/looked up/look up/looking up/researching/
        researched/reading about/buscando/busque/buscar/investigando/investigue""",
    "covert": """deleting the history/delete the history/deleted the history/clear the history/
        cleared the history/clear my history/deleting my history/deleted my history/delete my search/
        incognito/borrando el historial/borro el historial/borre el historial/i lied/lied to/lied about/le menti""",
    "method_q": "ways/how i would do it/how id do it/how to do it/como hacerlo/como lo haria/formas de",
    "hoard": """stockpil*/hoard*/saving them/saving my pills/saving up my/been saving my/refill early/
        refill everything/refill them early/refill all/early refill/refilled early/refilled everything/
        instead of taking them/instead of taking it/en vez de tomarlas/en lugar de tomarlas/
        las estoy guardando/juntando pastillas/guardando pastillas/guardando las pastillas""",
    "stopped_meds": """not taking them/stopped taking them/quit taking them/dejar de ponerme/dejar de inyectarme/
        stop my insulin/stop taking my insulin""",
    "lethal": """survive/sobrevivir/sobreviviria/would that do it/would it do it/would that be enough/
        will that do it/will it do it/eso bastaria/seria suficiente""",
    "plan": """what i would use/what id use/know exactly what/lo que usaria/que usaria/el lugar y la fecha/
        the place and the date/the place and time/tengo el lugar/ya tengo el lugar/ensaye/ensayando/ensayado/
        rehearsed/how i would do it/how id do it/como lo haria""",
    "means": """semis/semi truck/semi trucks/18 wheeler/eighteen wheeler/oncoming traffic/the freeway/
        the interstate/cinto/el cinto/mi cinto""",
    "method": """drifting over the line/drift over the line/drift over/drifting over/drifting into/drift into/
        over the center line/across the median/heavy pockets/rocks in my pockets/stones in my pockets/
        pockets full of rocks/pockets full of stones/piedras en los bolsillos/not come up/not come back up/
        never come up/and not come up/step in with/wrapping the car around/wrapping my car around/
        walk into the woods/walk into the pines/walk into the forest""",
    "absence": """never be found/never get found/never been found/nobody would find me/no me encuentren/
        nunca me encuentren/because i am gone/because im gone/if i do not answer/if i dont answer/
        if i stop answering/si no contesto/cuando yo ya no este/cuando ya no este/ya no este/
        when im no longer here/when i am no longer here""",
    "access": """standing by/standing next to/stood by/stood next to/parada junto/parado junto/parada en/
        parado en/in my trunk/in the trunk/in my purse/in my drawer/in a sock/
        under my mattress/under my bed/en la cajuela/en mi cajon""",
    "image_urge": """daydream*/fantasiz*/fantasis*/fantasy/fantasies/sueno con/tells me to/tells her to/
        tells him to/me dice que/le dice que/praying/pray for/pido a dios/rezando""",
    "hiding": "no sabe que/doesnt know that i/does not know that i/nobody knows i/nadie sabe que",
    "attempt": """second attempt/first attempt/third attempt/last attempt/previous attempt/past attempt/
        attempts/an attempt/suicide attempt/segundo intento/primer intento/mi intento/intente matarme""",
    "identify": """finally get why/get why my/get why people/understand why my/understand why people/starting to understand why/starting to get why/
        entiendo por que mi""",
    "euphemism": "did what he did/did what she did/hizo lo que hizo",
    "farewell": """said goodbye to the baby/said goodbye to my baby/said goodbye to me/said goodbye to us/
        se despidio de mi/se despidio de nosotros/dijo adios/se despidio/despedirme/queria despedirme/quiero despedirme/
        vengo a despedirme/wanted to say goodbye/just wanted to say goodbye/came to say goodbye/
        god forgive/would god forgive/will god forgive/dios perdone/dios me perdone/dios perdonara/
        dios perdonaria""",
    "death": """me recoja/que me recoja/god takes me/god to take me/god would take me/lord takes me/
        lord to take me/dios me lleve/que dios me lleve/better as a memory/easier as a memory/
        trouble as a memory/be a memory/be just a memory/solo un recuerdo/ni ganas de vivir/
        sin ganas de vivir/no tengo ganas de vivir/no will to live/lost the will to live/ni a vivir/
        se mata/se va a matar/se quiere matar/se matara/me mato/me voy a matar/bury me/entierrenme/cremate me""",
    "dead": "died",
    "burden": """less trouble/less work for everyone/less work for/save them the trouble/
        save everyone the trouble/spare them/ahorrarles/los dejo en paz/las dejo en paz/dejarlos en paz/
        leave them in peace/leave everyone in peace""",
    "hopeless": """ya no siento nada/ni siento nada/no le veo caso/no le veo sentido/ya no tiene caso/
        ya no tiene sentido/nada tiene sentido/se rinde""",
    "accept": """that would be fine/would be fine/is fine too/fine too/would be okay/would be ok/
        estaria bien/no me importaria/seria un alivio""",
    "forever": "forever/para siempre/for good/permanently",
    "violence": """agare/agaro/jalo/jale/jalar/jalarlo/jalarla/pulled his arm/pulled her arm/pulled the arm/
        pulled his/pulled her/yanked/by the neck/by the throat/by his neck/by her neck/del cuello/por el cuello""",
    "baby_harm": """le hice algo/que le hice algo/le hice dano/did something to him/did something to her/
        i think i hurt/tapo la nariz/le tapo la nariz/tape la nariz/le tape la nariz/taparle la nariz""",
    "self_harm": """banging her head/banging his head/bang her head/bang his head/hitting her head against/
        hitting his head against/se golpea la cabeza/se pega en la cabeza/golpeandose la cabeza""",
    "setting": """locked in her room/locked in his room/locked herself in/locked himself in/locked myself in/
        locked in the bathroom/se encerro/me encerre/encerrada en/encerrado en""",
    "with_me": "heaven together/together in heaven/to heaven together/al cielo juntos/juntos al cielo/juntos en el cielo",
    "laugh": "jaja/jajaja/jeje/lol/lmao/haha/hahaha/rofl/joking/jk/laughing/crying laughing",
    "safe": "she is safe now/he is safe now/safe now/they are safe now",
    "serious": "no seriously/seriously though/for real though/but seriously/no en serio/pero en serio/ahora en serio",
    "idiom": "rather die than/literally dying/literally die/prefiero morir que/prefiero morirme que",
    "hyperbole": """if he has to/if she has to/if i have to/if he does not stop/if she does not stop/if they do not stop/
        if my husband does not stop/if i hear/one more time/si tengo que/si vuelvo a/
        snored/snoring/snores/ronca/roncaba/so loud i/so annoying i/chewing so loud""",
    # round 9: 🙃 (read "ironically") says the words are not meant: with an idiom or hyperbole a joke,
    # otherwise it takes softening away ("i'm fine 🙃")
    "wry": "ironically",
    # an adult as the one a joke threatens ("snored so loud i wanted to smother him haha")
    "adult": """my husband/my hubby/my partner/my boyfriend/my roommate/my mother in law/my mil/my neighbor/
        my boss/my coworker/mi esposo/mi marido/mi suegra/mi vecino/mi jefe""",
    # a small child's own words about the baby: "my 4 year old said he wants to throw the baby in the trash"
    # (an older child's words are a worried report and stay one)
    "child_said": "toddler said/toddler says/toddler told me/" + "/".join(
        f"{age} {said}" for age in ("2 year old", "3 year old", "4 year old", "5 year old", "6 year old", "2yo", "3yo",
                                    "4yo", "5yo", "6yo", "2 anos dijo", "3 anos dijo", "4 anos dijo", "5 anos dijo")
        for said in ("said", "says", "told me", "dijo", "told the baby", "told his sister", "told her brother",
                     "told his brother", "told her sister", "le dijo al bebe")),
    # round 9: someone else's suicide or attempt told as past and over, which frames a family history
    "past": """when i was little/when i was a kid/when i was young/when i was a baby/years ago/long ago/
        cuando era nina/cuando era chica/cuando era nino/cuando yo era/hace anos/hace mucho/ya esta bien/
        she is fine now/he is fine now/shes fine now/hes fine now/is doing well now/is doing great now/
        esta bien ahora/ahora esta bien""",
    # safety-proofing a home: storing knives, medicines or cords away from a crawling child
    "proofing": """childproof*/child proof*/babyproof*/baby proof*/out of reach/fuera del alcance/
        no los agare/no las agare/no lo agare/no la agare/no los alcance/no las alcance/gatear/gateando/
        crawling/starts to crawl/starting to crawl/safety lock*/store the/storing the/guardo los/guardo las/
        donde guardo/where do i store/how do i store/how should i store""",
    "media": "true crime/crime doc/a doc about/doc about/thriller/a mystery novel/horror movie",
    "chore_injury": "at work/line cook/en el trabajo",
}
# Round 8, by family rather than by sentence: a question about how a PERSON dies or survives or how
# fast a poison works on one; arrangements for after one's death; an ending metaphor made permanent
# or wished for; self-injury minimised, relapsed or hidden; intrusive images of harming a baby; a
# means approached or unlocked; a third person's plan; a joke taken back; not wanting to be stopped.
WIDER: dict[str, str] = {
    "person": """a person/someone/somebody/an adult/a grown adult/a grown woman/a human/a human body/
        your body/someone my size/a woman my size/people/uno/una persona/alguien/un adulto/el cuerpo""",
    "fatal": """die/dying/to die/drown/drowning/to drown/ahogarse/ahogarte/ahogarme/freeze to death/
        hypothermia/bleed out/desangrarse/stop breathing/when people go/when people die/when you die/
        peaceful at the end/after someone dies/after you die/after a person dies/after death/tox screen after/
        autopsy/autopsia/coroner/despues de morir/al morir/kill an adult/kill a person/matar a una persona/
        matar a alguien/deadly/be deadly/lethal/be lethal/be fatal""",
    "survive": """last in it/last in the/last in cold/last out there/survive in/stay alive in/survive out/
        aguantar en el agua/aguantaria en""",
    "fatal_q": """how long/how fast/how quickly/how soon/how much time/does it hurt/would it hurt/it hurts/
        do you feel/would you feel/is it painful/would it be painful/is it peaceful/show up on/shows up on/
        detectable/cuanto tiempo/cuanto tarda/tarda uno/que tan rapido/duele/se siente""",
    "poison": """antifreeze/anti freeze/rat poison/bleach/drain cleaner/weed killer/pesticide/insecticide/
        cyanide/arsenic/lye/ethylene glycol/anticongelante/cloro/veneno para ratas/raticida/insecticida""",
    "estate": """beneficiary/guardian/guardianship/legal guardian/custody/a trust/college fund/go to the dad/
        go to her dad/go to his dad/grandparents get/who raises/tutor legal/la custodia/custodia/
        deje todo arreglado/ya deje todo arreglado/deje todo en orden/deje mis papeles en orden/los papeles del seguro""",
    "insurance": "insurance/life insurance/seguro de vida/el seguro",
    "if_gone": """if the mom dies/if a mom dies/if the mother dies/if a mother dies/if mom dies/if i pass/
        if i passed/if i pass away/if the mom passes/if a mom passes/si la mama muere/si la mama se muere/
        si la mama fallece/si yo muero/si muero/si falto/si yo falto""",
    "provided": """got everything i need/have everything i need/everything i need/all i need now/
        tengo todo lo que necesito/ya tengo todo lo que necesito""",
    "alone": """house is quiet/house is finally quiet/home alone/all weekend/by myself/all to myself/nobody home/
        no one home/everyone is gone/sola en casa/solo en casa/nadie en casa/toda la noche sola""",
    "ending": """close the book/closing the book/closed the book/finished my chapter/my last chapter/final chapter/
        check out of this/checking out of this/check out of here/clock out/clocking out/lights going out/lights are going out/main breaker/flip the breaker/
        flipping the breaker/pull the plug/pulling the plug/burned all the way down/end of the road/
        end of the line/bow out/tap out/exit stage/cerrar el libro/cerrar el capitulo/bajar el telon""",
    "self_end": """turn myself off/turning myself off/switch myself off/switch me off/shut myself down/
        shut me down/unplug myself/unplug me/blow me out/snuff me out/put me out of my misery/put me down/
        pull the plug on me/pull my plug/apagarme/desconectarme""",
    "approach": """closer every time/closer each time/closer and closer/closer to the edge/cada vez mas cerca/
        mas cerca cada vez""",
    "electric": """hair dryer/hairdryer/blow dryer/toaster/plugged in/la secadora/secadora de pelo/tostador/
        enchufada/enchufado""",
    "bath": "bathtub/the tub/in the bath/in the tub/bath water/la tina/la banera/en la tina",
    "intrusive": """shows me doing/brain shows me/see myself doing/picture myself doing/imagine myself doing/
        flashes of/these flashes/get flashes/popping into my head/pops into my head/pop into my head/
        keeps popping/se me viene a la cabeza/no se me quita la imagen/me veo haciendo/me imagino haciendole""",
    "relapse": """relapsed/recai/me recai/volvi a caer/slipped up again/years clean/months clean/
        old habit back/my old habit/high school habit/secret bandaids/hidden bandaids/hide the bandaids/
        fresh cuts/new cuts/new scars/some of them are new/concealer for scars/concealer for my scars/
        teeth marks/harder every time/till i cant stand it/until i cant stand it/lighter to my/
        dig my nails in/digging my nails in/dig my nails into/bite my own/bit my own/biting my own/
        blood on the towels/blood on towels/bloody towels/sangre en las toallas/me muerdo la mano/bandaid bandaid""",
    "conceal": """hiding my arms/hide my arms/hiding my wrists/hide my wrists/hiding my thighs/hide my thighs/
        hiding my legs/cover my arms/covering my arms/cover up my arms/esconder mis brazos/escondo mis brazos/
        tapando mis brazos/tapar mis brazos/esconder mis piernas""",
    # concepts that existed before, widened to their families
    "hiding": "found my cuts/saw my cuts/found my blades/found my razor/vio mis cortes/encontro mis cortes",
    "self_harm": "me rasgun*/estoy rasgun*/rasgunarme/rasgunandome/me cortaba/me he cortado/me estoy cortando/scratching until/scratched until",
    "on_purpose": """too deep/deeper than/deep enough/mas profundo/muy profundo/only little/only small/its only/
        overreacting/over reacting/exagerando/exageran/not that deep/nomas son/solo son/back at it/
        right back at it/at it again/started again/started up again/volvi a hacerlo/hasta que sangr*/
        recai/recaida""",
    "method": """cave in on/caves in on/caved in on/collapse on me/falls on me/fall on me/crush me/
        hit by lightning/struck by lightning/let me sink/let myself sink/just sink/sink and stay/
        dejarme hundir/hundirme/letting go of the wheel/unbuckled my seatbelt/
        unbuckle my seatbelt/took off my seatbelt/me quite el cinturon/close my eyes on the freeway/
        close my eyes while driving/close my eyes at the wheel/cerrar los ojos en la carretera/
        cerrar los ojos manejando/shoot myself/shooting myself/shoot himself/shooting himself/shoot herself/
        shooting herself/dispararme/dispararse/pegarme un tiro/pegarse un tiro/darme un tiro/aventarse/tirarse/
        throw myself/throwing myself/throw herself/throwing herself/throw himself/throwing himself/
        jump out of the car/jump out of a moving car/atropell*/bus hit me/bus hits me/hit by a bus/car hit me/
        truck hits me""",
    "means": "into the wash/straight into the wash/the pillar/concrete pillar/pillar coming",
    "meds": """las de dormir/pastillas de dormir/pastillas para dormir/pills to sleep/sleep aid/sleep aids/
        sleeping meds""",
    "amount": "un monton de/muchisimas",
    "access": """count the/counted the/counted my/count them again/standing in the/stood in the/sitting in the/the key to the/where the key/la llave/donde esta la llave/
        combination to the safe/code to the safe/in front of me/enfrente de mi/frente a mi/delante de mi""",
    "lethal": "how much would it take/how many would it take/cuanto se necesita/cuantas se necesitan",
    "deadly": "te puede matar/puede matarte/can kill you/could kill you",
    "absence": """future where i am in it/any future where i/future where im in it/future with me in it/
        future without me/futuro sin mi/futuro donde yo/planning on being here/plan on being here/
        planning to be here/planning on being around/planning to be around/planning to come back/
        planning on coming back/plan to come back/planning on sticking around/plan on sticking around/
        i will be gone/ill be gone/the one who finds me/be the one to find me/find my body/finds my body/
        encontrar mi cuerpo/si le pasa algo""",
    "hopeless": """only thing stopping me/the only thing stopping me/woke up disappointed/wake up disappointed/
        disappointed it was not real/desperte decepcionada/desperte decepcionado/permanently done/done tired""",
    "burden": """better if i just was not/better if i was not/better if i were not/better if i was gone/
        better if i just was gone/mejor si yo no estuviera/mejor si no existiera/the reason everyone is/
        does not even need me/do not even need me/no me necesita/no me necesitan/grow up without a mom/
        grow up without his mom/grow up without her mom/crecer sin mama/crecer sin su mama""",
    "unstoppable": """come stop me/anyone to stop me/anyone to come stop me/nobody to stop me/no one to stop me/
        someone to stop me/trace your phone/trace my phone/trace the call/track my phone/track my location/
        rastrear mi/rastrean mi/rastrean el/que me detengan/vengan a detenerme/send someone to my house""",
    "plan": """planning it in my head/can not stop planning/keep planning it/
        fix that soon/fix it soon/fix that for everyone/fix that for them/voy a arreglar eso""",
    "farewell": """cuide a su/cuides a su/le di mi ropa/di mi ropa/le deje una carta/deje una carta/
        left a letter/left him a letter/left her a letter/left my husband a letter/left my wife a letter/
        left my mom a letter/wrote the baby a letter/wrote him a letter/wrote her a letter/keep her rings/
        keep her ring/keep my rings/keep my ring/keep her jewelry/guardar sus anillos/quedate con mis anillos/
        address it to/who to address/deleting a note/the house is ready""",
    "death": """never survived/would never survived/not survived/have ended it/would have ended it/
        hed have ended it/id have ended it/ended it already/ir con dios/dejar ir con dios/dejarlo ir con dios/
        dejarla ir con dios/go with god/let him go with god/let her go with god""",
    "with_me": "give some to him/give some to her/give them to him/give them to her/darle unas a el/darle al bebe tambien",
    "baby_harm": """letting her fall/let her fall/letting him fall/let him fall/let the baby fall/dejarla caer/
        dejarlo caer/aventar al/aventar a mi/aventar a la""",
    "violence": """twisting his/twisting her/twist his/twist her/twisted his/twisted her/torcerle/torcer su/
        held her face into/held his face into/hold her face into/pressed her face into/pressed his face into/
        held her face against/held his face against/held her down/held him down""",
    "intensity": "too long/a little too long/until it snaps/till it snaps/hasta que truene",
    "psychosis": """tiene el diablo/has the devil/the devil in/el diablo adentro/endemoniado/endemoniada/poseido/
        poseida/ve cosas/sees things/seeing things/hearing things/oye voces""",
    "accept": """no me enojaria/would not be mad/wouldnt be mad/would not be upset/wouldnt be upset/
        would not complain/wouldnt complain/no me quejaria/no me molestaria""",
    "time": "maybe sooner/or sooner/even sooner/probably sooner/tarde o temprano",
    "serious": """not a joke/not really a joke/kind of not a joke/half joking/half kidding/only half joking/
        not really kidding/not totally kidding/not entirely kidding/not completely kidding/not really joking/
        no es broma/no es chiste/medio en serio""",
    "softener": """organizer/pill box/pillbox/pastillero/pharmacy/farmacia/ants/hormigas/roaches/cucarachas/mice/ratones/bugs/pests/plaga/termites/spiders/mosquitos/
        moscas/fleas/pulgas/lice/piojos""",
}
# round 9, by family: a fear of what one might do alone with the baby, a voice or cry giving orders,
# heaven as a better place for a mother and child, counted pills that are "enough", a life with no
# after ("i won't make anything after friday"), being done as a person, peace made with leaving
ROUND_NINE: dict[str, str] = {
    "baby_harm": """de que soy capaz/de lo que soy capaz/what im capable of/what i am capable of/
        what i might be capable of/afraid to be alone with/scared to be alone with/miedo quedarme sola con/
        miedo de quedarme sola con/miedo a quedarme sola con""",
    "psychosis": """telling her to do things/telling me to do things/tells me to do things/tells her to do things/
        me dice que haga cosas/le dice que haga cosas""",
    "with_me": "mejor en el cielo/better off in heaven/better in heaven/estarian mejor en el cielo/estariamos mejor en el cielo",
    "hoard": "counted them/i counted them/conte las/ya las conte/counted my pills",
    "lethal": """theres enough/there is enough/hay suficientes/hay suficiente/doing the math on how/
        the math on how high/how high up we are/how far down/que tan lejos esta el piso""",
    "place": "balcony/the balcony/balcon/el balcon",
    "absence": """wont make anything after/will not make anything after/not make anything after/
        wont be here after/will not be here after/no voy a llegar a nada despues""",
    "death": "done being a person/done being alive/tired of being a person/done existing",
    "burden": """they do not need me/they dont need me/do not really need me/dont really need me/
        nobody needs me/no one needs me""",
    "plan": "made my peace/made peace with it/hice las paces/ya hice las paces",
}
# Round 10, by family: a lethal outcome or a mishap to oneself that is hoped for or welcomed ("would my
# heart stop? that's what I'm hoping"); sleep made permanent ("the long kind", a headstone); a past
# near-attempt told by its place; a note and the courage still missing; arrangements for whoever raises
# the child "after me"; "I can't stay" beside a farewell; stepping off a platform or in front of a train;
# self-injury marks said to be "from me"; a decided date for "doing it"; a count of the dead asked
# about (a war, the news) and a kitchen or grooming mishap, which are not a crisis.
ROUND_TEN: dict[str, str] = {
    # what would happen to one's own body, or a mishap that would befall one
    "befall": """would my heart stop/my heart stop/my heart would stop/stop my heart/heart stops/stop your breathing/
        stop my breathing/stop breathing in/would i stop breathing/
        would it kill me/would that kill me/would i die/would i wake up/se me pararia el corazon/dejaria de respirar/
        if i got in a/if i get in a/if i got into a/if i were in a/if i was in a/if i got hit/if i get hit/
        if i got sick/if i get sick/really bad illness/bad illness/terminal illness/some illness/if i got cancer/
        una enfermedad grave/si me enfermara""",
    # welcoming it: hoped for, a relief, being done with no one to blame
    "welcome": """what im hoping/what i am hoping/im hoping it is/i am hoping it is/i am hoping it/im hoping it/
        i hope it does/i hope it will/hope it does/hope it happens/i hope it happens/hoping it happens/i hope so/hope so/
        hoping it is true/hope it is true/hoping so/sort of hoping/kind of hoping/secretly hoping/part of me hopes/
        feel relief/felt relief/be relieved/be done without/just be done/could just be done/
        without anyone blaming me/nobody would blame me/no one would blame me/eso espero/ojala que si/
        sentiria alivio""",
    "death": """yeet myself/yeeted myself/yeeting myself/launch myself off/fling myself off/headstone/gravestone/lapida/be buried in/to be buried/want to be buried/buried in/me entierren/
        not to wake up/never to wake up/not waking up kind/the not waking up/kind you do not wake up from/
        sleep i do not wake up from/had not woken up/hadnt woken up/wish i had not woken/wishes she had not woken/
        wishes he had not woken""",
    # sleep wished for oneself, long: with "forever" it is death
    "sleep_long": """go to sleep for/to sleep for a/sleep for a really long time/sleep for a long time/
        sleep for a very long time/the long sleep/a long sleep/long sleep/dormir por mucho tiempo/
        dormir mucho tiempo""",
    # a past attempt told by where or when it almost happened
    "attempt": """where i almost did it/where i nearly did it/the spot where i almost/the place where i almost/
        the night i almost did it/the day i almost did it/the time i almost did it/when i almost did it/
        since i almost did it/where i almost/where i nearly/donde casi lo hago/donde casi lo hice""",
    "near_attempt": "almost did it/nearly did it/almost went through with it/casi lo hago/casi lo hice",
    # a note of one's own, and the courage still missing
    "note": "my note/the note i wrote/my letter/the letter i wrote/my letters/mi nota/mi carta/la carta que escribi",
    "courage": """find the courage/need the courage/get the courage/found the courage/build up the courage/
        have the courage/the courage/find the nerve/the nerve/encontrar el valor/tener el valor/el valor""",
    # self-injury marks, said to be one's own doing
    "marks": """marks on my/the marks on/scars on my/bruises on my/cuts on my/marcas en mis/
        marcas en los/cicatrices en""",
    "on_purpose": """hold it there/kept it there/keep it there/hold my hand there/when i get overwhelmed/
        when i feel overwhelmed/when im overwhelmed/every day this week""",
    "mine": """they are from me/theyre from me/are from me/i did them/did them myself/i made them/made them myself/
        i did it to myself/did it to myself/self inflicted/me las hice/me los hice/yo me las hice""",
    "relapse": """habit came back/habit is back/habit has come back/old habit came/scars were fading/
        scars were finally fading/scars had faded/scars had just faded/the one with the lighter""",
    # a decided date for "doing it": a birthday, a holiday, after a party
    "date": """on his birthday/on her birthday/on my birthday/his first birthday/her first birthday/on our anniversary/
        after the party/after christmas/after the holidays/after thanksgiving/after new year/en su cumpleanos/
        en mi cumpleanos/despues de la fiesta/despues de navidad""",
    "absence": "no coming back/no coming back from/trip there is no coming back/viaje sin regreso/sin regreso",
    "self_end": "be blown out/just be blown out/get blown out/be snuffed out/ser apagada",
    # switching something off for good: with "forever", worth the check-in
    "switch_off": """turn them off/turn it off/turn it all off/turn everything off/switch them off/switch it off/
        shut it off/shut them off/find the switch/apagarlo todo/apagar todo""",
    "burden": """save everyone the trip/save everyone the hassle/save everyone the effort/spare everyone the/
        ya no tienen que batallar/no tengan que batallar/no tendran que batallar/ya no tengan que batallar""",
    "method": """off something tall/
        off something high/step off the platform/stepping off the platform/off the platform/onto the tracks/
        in front of the train/in front of a train/in front of the subway/when the train comes/when the light rail comes/
        delante del tren/frente al tren/aventarme al tren""",
    "lethal": "would it be peaceful/would it be painless/would it be quick/will it be peaceful/is it peaceful",
    # wanting past the limit: "where the line is so i can cross it"
    "exceed": "so i can cross it/and cross it/cross the line/go over it on purpose/so i can go over it/pasarme de la dosis",
    "means": "gun safe combo/gun safe code/gun safe key/gun safe combination/gun safe open/gun safe is open",
    "access": """safe combo/the combo/combo to/safe code/the code to the/opened the safe/open the safe/la combinacion/
        sitting in front of it/in front of it/know the combo/know the code""",
    # someone asked to check on a person who sent an apology
    "check_on": """check on her/check on him/check on them/wellness check/welfare check/someone check on/
        alguien la revise/alguien vaya a ver""",
    "sorry": "i am sorry/im sorry/sorry/lo siento/perdon",
    # "i can't stay" beside a farewell or the children
    "cant_stay": "i can not stay/i cannot stay/i cant stay/cant stay/can not stay/cannot stay/no puedo quedarme",
    "tried_all": "know i tried/i really tried/i tried my best/tried so hard/i did try/hice lo que pude/lo intente todo",
    # arrangements for whoever raises the child "after me"
    "successor": """whoever raises/whoever ends up raising/raise her after me/raise him after me/raise them after me/
        whoever takes over/quien la crie/quien lo crie""",
    "farewell": """kiss the kids for me/hug the kids for me/kiss them for me/hug them for me/kiss my babies for me/
        hug my babies for me/kiss my kids for me/hug my kids for me/tell them i love them/dales un beso de mi parte/
        regale toda mi/regale todas mis/le di mis cosas/
        di mis cosas/di todas mis cosas/gave away all my/gave all my stuff""",
    # counted deaths asked about (a war, the news): with a history or news frame, not anyone's own death
    "toll": """how many died/how many people died/how many deaths/how many were killed/how many people were killed/
        death toll/death count/casualties/overdose deaths/cuantos murieron/cuantas personas murieron/
        cuantos muertos/muertes por""",
    "media": "wwii/ww2/world war/the war/d day/battle of/history channel/historical/history class",
    "idiom": "walking dead/the walking dead/living dead/undead/zombie/zombies/dead last",
    # a kitchen or grooming mishap: a food being cut, a pan or oven, a baby's nails
    "chore_injury": """avocado/avocados/onion/onions/tomato/tomatoes/bagel/bagels/potato/potatoes/carrots/
        out of the oven/the oven/the stove/the toaster/baking sheet/cookie sheet/mandoline/
        grater/can opener/cutting board/nail clippers/clippers/nail file/nails without/trim/trimming/trimmed/
        clip his nails/clip her nails/clipping/file his nails/file her nails/trim her nails/trim his nails/the babys nails/
        her nails/his nails/cut her nails/cut his nails/cutting her nails/cutting his nails/baby nails/aguacate/cebolla/la olla/la sarten/las unas/cortarle las unas""",
    # a cooking tool, bought or used for a meal
    "kitchen": """chefs knife/chef s knife/kitchen knife/paring knife/bread knife/steak knife/knife set/
        cuchillo de cocina""",
    "cooked": "cooked/cook dinner/cooked dinner/cooking dinner/a real dinner/recipe/meal prep/cocine/cocinar",
    # an animal as the one a joke threatens; a joke taken back
    "adult": "my cat/my dog/our cat/our dog/the cat/the dog/my puppy/my kitten/mi gato/mi perro/mi gata/mi perra",
    "retract": "not really/not literally/obviously not/of course not/just kidding/jk/im kidding/kidding/es broma/no es cierto",
}
# Round 11, by family: a farewell sent through someone else ("tell him it was not his fault", "thank my
# provider for trying"); the future cancelled ("or any after that", "i will not make it that long"); a
# goodbye whose meaning the other did not get; being found afterwards; money owed "if the patient
# dies"; self-injury admitted inside a medical question or wanted to hurt, blister or get infected;
# an admitted bad reason for a question; an act meant "in that second"; a means thought about ("lo estoy
# pensando"); an ending metaphor told of oneself; and what explains words away: a safety plan made with
# a clinician, an IV or blood draw, someone else's idiom, a child's words, "the next person who says".
ROUND_ELEVEN: dict[str, str] = {
    # a message for someone, passed on by the clinic or a third person
    "proxy": """tell my provider/tell my doctor/tell my therapist/tell the nurse/tell the staff/tell dr/tell the team/
        tell everyone/tell him/tell her/tell them/dile a/dile que/digale a/digale que/diganle""",
    "thanks_trying": """thank you for trying/thanks for trying/thank you for everything you tried/thank them for trying/thank you for trying to help me/thanks for trying to help me/gracias por intentar ayudarme/gracias por tratar de ayudarme/
        gracias por intentar/gracias por intentarlo""",
    "farewell": """it was not his fault/it was not her fault/none of it was his fault/none of it was her fault/
        none of this was his fault/none of this was her fault/it is not his fault/it is not her fault/was not your fault/
        no fue su culpa/no fue tu culpa/does not know what i meant/did not know what i meant/no sabe lo que quise decir/
        no supo lo que quise decir/see you on the other side/nos vemos del otro lado/just wanted someone to know/
        wanted someone to know/queria que alguien supiera""",
    "absence": """or any after that/ni las que siguen/i will not make it that long/not make it that long/
        not going to make it that long/no voy a durar tanto/no voy a llegar hasta/not planning to stick around/
        not planning on sticking around/when they find me/when he finds me/when she finds me/when someone finds me/
        if my husband finds me/if my partner finds me/if my wife finds me/if someone finds me/if they find me/
        if he finds me/cuando me encuentren/si me encuentran""",
    # something to be kept from everyone until it is over
    "after_done": "until after it is done/until it is over/hasta que ya este hecho/hasta que ya pase",
    "secret": "do not want anyone to know/dont want anyone to know/no quiero que nadie sepa/nobody can know",
    "death": """out not out of/she had never woken up/he had never woken up/i had never woken up/wishes she had never/
        wishes he had never/wish i had never woken/shed never woken up/hed never woken up/id never woken up""",
    "if_gone": "if the patient passes away/if the patient dies/if a patient dies/if the patient passes/si el paciente muere/si el paciente fallece",
    "insurance": "refund/refunds/reembolso/out the money/money back",
    # self-injury named inside another question, or wanted to hurt, blister or get infected
    "self_harm": """what i do to myself/what i did to myself/what i have been doing to myself/lo que me hago/lo que me hice/
        slapped myself/slap myself/slapping myself/pinch myself/pinching myself/pulled out a whole/pulled out a patch/
        pulled out my hair/bite the inside of my/the lighter thing/fresh lines/me cachetee""",
    "on_purpose": """leave bruises/to leave bruises/leave marks/skin blisters/until it blisters/till it blisters/
        get infected/want them to get infected/want it to get infected/que se infecten/like that it hurts/like the pain/
        like how it hurts""",
    # saying the act or the words were meant
    "meant_it": "i meant it/meant it in that/meant every word/lo dije en serio/lo decia en serio/lo hice en serio",
    # an admitted bad reason behind a question
    "bad_reason": """not asking for a good reason/not for a good reason/for the wrong reason/for a bad reason/
        not for good reasons/no por una buena razon/por una mala razon""",
    # a means or an outcome thought over: "lo estoy pensando"
    "considering": """lo estoy pensando/lo estoy considerando/lo he estado pensando/i am considering it/
        been considering it/i am thinking about it/thinking about that/i keep thinking about that""",
    "danger_q": "es peligrosa/es peligroso/is dangerous/it dangerous/before it is dangerous/becomes dangerous/be dangerous",
    "baby_harm": """wished sids/wish sids/shut the baby up for good/shut him up for good/shut her up for good/
        callarlo para siempre/callarla para siempre/someone needs to take him/someone needs to take her/
        someone needs to take the baby/take him away from me/take her away from me/que alguien se lo lleve/doing something to her i/doing something to him i/
        something i can not take back/something i cant take back/algo que no puedo deshacer""",
    "with_me": "the world is too much for her/the world is too much for him/el mundo es demasiado para ella",
    "self_end": """blow myself out/blowing myself out/snuff myself out/let myself out and not/
        apagarme como""",
    "ending": "lights off for good/lights out for good",
    "last_page": "the last page/last page of/la ultima pagina",
    "ready_end": "ready for someone to close/ready to be closed/ready for it to close/ready for the end/lista para el final",
    "image_urge": """long talks/having long talks/calling to me/calls to me/looks like an answer/look like an answer/
        feels like an answer/like the answer/places my brain/my brain keeps offering""",
    "means": "service weapon/his weapon/her weapon/weapon/arma de servicio",
    "setting": "bath running/running a bath/the bath running/drew a bath/tub filling/llenando la tina",
    "lethal": "leave you alive/leave me alive/leaves you alive/dejarte vivo/dejarte viva",
    # a hedged promise: "not tonight. probably"
    "not_doing": "not going to do anything/not doing anything/will not do anything/no voy a hacer nada",
    "hedge": "probably/probablemente/for now/por ahora/i will see how/ya vere",
    # what explains the words away
    "care_plan": """my therapist and i have a plan/therapist and i have a plan/a plan with my therapist/safety plan/
        plan with my therapist/plan with my doctor/plan de seguridad""",
    "safe": "not in danger/i am not in danger/no estoy en peligro",
    "chore_injury": """the iv/for the iv/iv site/blood draw/blood drawn/poke me/poked me/injection site/
        the nurse had to""",
    "softener": "is there a better one/there a better one/hay uno mejor",
    "idiom": "over my dead body/sobre mi cadaver/black death/the plague/la peste",
    "their_idiom": """says she would rather die/says he would rather die/said she would rather die/said he would rather die/
        she would rather die than/he would rather die than/dice que prefiere morir/says shed rather die/said shed rather die/
        says hed rather die/said hed rather die/shed rather die than/hed rather die than""",
    "serious": "she was not laughing/he was not laughing/was not laughing/no se estaba riendo",
    # heat turned on one's skin, on purpose
    "heat": "as hot as it goes/as hot as it can go/hot as it gets/scalding/hirviendo",
    # a closed door where exhaust would gather, with the thought of it
    "sealed": "with the door closed/the door closed/door shut/garage door down/con la puerta cerrada",
    # the mind offering places or ways, and household machines offered
    "brain_offers": """my brain keeps offering/brain keeps offering/my brain offers/my brain suggests/my brain keeps suggesting/
        mi mente me ofrece/mi cabeza me ofrece""",
    "appliance": "microwave/dryer/the dryer/oven/the oven/freezer/the freezer/washing machine/microondas/secadora/horno",
    "adult": "my mom/my mother/my dad/my father/my sister/my brother/my in laws/my sil/mi mama/mi papa/mi hermana",
    "next_person": "the next person who/the next person that/next person who/anyone else who/whoever says/el proximo que",
}
# Round 12, by family: a farewell sent with a kiss or a "bye" through someone ("kiss the baby for me",
# "it was never on her", "it was nice knowing some of you"); one's own funeral imagined, planned or
# refused, and the clothes to be buried in; a deadline or a condition set for oneself with a way out
# after it ("i gave myself until...", "if this does not work, that is it"); a plan named only as "what i
# planned"; money left for afterwards ("with what they'll get"); the last message ("the last time i
# write"); a tool or a lighter used on oneself; a skull emoji said not to be a joke; and what explains
# words away: a machine or a team that "died", a safety plan named with no risk wording, a bump by accident.
ROUND_TWELVE: dict[str, str] = {
    "farewell": """kiss the baby for me/hug the baby for me/kiss her for me/kiss him for me/hug her for me/
        hug him for me/kiss my baby for me/kiss my son for me/kiss my daughter for me/dale un beso de mi parte/
        it was nice knowing/nice knowing you/nice knowing some of you/nice knowing all of you/fue un gusto conocerlos/
        it was never on her/it was never on him/it was never on you/it was never on them/was never on her/was never on him/
        was never on them/nunca fue su culpa""",
    "absence": """the last time i write/last time i write/last time i will write/last time you will hear from me/
        last time you hear from me/la ultima vez que escribo/la ultima vez que les escribo/not to anything/
        not going back to anything/somewhere i will not come back from/somewhere i wont come back from/
        a donde no voy a volver/for someone to find you/for someone to find me/to find my body/
        encuentren mi cuerpo""",
    # one's own funeral imagined, planned or not wanted; the clothes to be buried in
    "own_funeral": """everyone at the funeral/everyone at my funeral/at my funeral/my own funeral/mi propio funeral/
        planning my funeral/plan my funeral/planning my own funeral/want a funeral/even want a funeral/
        a funeral for me/me van a enterrar/me vayan a enterrar/bury me in/van a enterrar/mi funeral""",
    # a deadline or a condition set for oneself, and a way out after it
    "ultimatum": """gave myself until/gave myself till/gave myself til/me di hasta/i promised myself/promised myself/
        me prometi/if this does not work/if this doesnt work/if it does not work/if this infusion does not work/
        if this does not work out/if nothing changes by/si esto no funciona/si no funciona/my last try/
        last try before/mi ultimo intento""",
    "exit": """i am out/that is it/the other way/the other option/la otra salida/la otra opcion/going through with what/
        go through with what/going through with my plan/go through with my plan/going through with it/
        go through with it/what i planned/what i am planning/lo que planee/lo que tengo planeado""",
    "plan": """going through with what i planned/go through with what i planned/after what i am planning/
        i have been planning it/been planning it/lo he estado planeando/how it ends and when/i know how and when/
        ya se como y cuando""",
    # money left for afterwards
    "after_me": """with what they will get/with what he will get/with what she will get/so he has enough after/
        so she has enough after/so they have enough after/has enough after/have enough after/con lo que les toque""",
    # a tool or a flame used on oneself
    "self_harm": """pull out my hair/pulling out my hair/burn the spot/burn the spots/clippers on myself/
        scissors on myself/razor on myself/tweezers on myself/lighter on myself/a lighter on my/
        tijeras en mi""",
    "on_purpose": """with a lighter/with the lighter/con un encendedor/con el encendedor/and not on my nails/
        not on my nails/instead of my nails/en vez de mis unas""",
    "wry": "i am fine though/but i am fine/fine though",
    # a heart stopped by an amount asked about
    "heart_stop": "stop your heart/stop someones heart/stop a heart/stop a persons heart/parar el corazon",
    "question": "what amount/what dose/que cantidad",
    "lethal": "not reversible anymore/reversible anymore/no longer reversible/point of no return/ya no es reversible",
    "skull": "💀/skull",
    "serious": "not in the lol way/not the lol way/not in a funny way/not in the funny way/no de risa",
    "access": "is right here next to me/right here next to me/is right here with me",
    # death wished in other words: the ground, being called home, a misheard or autocorrected word
    "death": """rather be in the ground/want to be in the ground/ready to be in the ground/six feet under/
        call me home early/to call me home/ready to meet jesus/ready to meet god/meet my maker/sue a side/sue side/
        kilo myself""",
    # an end hoped for "so I don't have to do it myself"
    "not_myself": "so i do not have to do it myself/not have to do it myself/para no tener que hacerlo yo",
    # a body found afterwards, read about
    "befall": "go through the windshield/through the windshield/por el parabrisas",
    "welcome": "like i want that/i want that/i want it to happen/so i do not have to keep",
    "ending": "close the book on myself/the book on myself/just gone",
    "burden": "worth more than i am alive/worth more dead/worth more than me alive/valgo mas muerta",
    "method": """step in front of a/step in front of the/walk in front of a/walk in front of the/walking in front of a/
        walking in front of the/stepping in front of/jump in front of/off the curb in front of/off the curb into/
        frente al camion/leaning a little further/leaning further/lean a little further/leaning over the railing/leaning over the edge""",
    "successor": "promise to raise/promise me to raise/raise the baby if anything/raise her if anything/raise him if anything",
    # "nobody would know if I..." thought of beside a child
    "unseen": "nobody would know if i/no one would know if i/nobody would ever know/nadie sabria si",
    "violence": "held her too tight/held him too tight/squeezed her too hard/squeezed him too hard/la hundo/lo hundo/hundirla/hundirlo",
    "baby_harm": "la bb se muriera/el bebe se muriera/la bebe se muriera",
    # a past total, said alone: "took all of them"
    "took_all": "took all of them/took them all/me las tome todas",
    "sits_in": "sitting in his truck/sitting in the truck/sitting in her car/sitting in my car/sitting in the car/sitting in my truck",
    # what explains words away: a machine or a team that died
    "idiom": """the car died/engine died/
        battery is dead/phone is dead/dead this season/are dead this season/is dead this season/team is dead""",
}
# Round 13: absence said through intent ("not because I forgot"), a goodnight made permanent, a goodbye or an
# apology to a child for later, self-punishment and hidden marks, a burn one gave oneself, one's own medicine
# put in a baby's feed, a battery run down and not recharged, the grave as a bed or a depth, checking out
# early, a last birthday, being found, not leaving a child behind, things given away that won't be needed
# "where I'm going"; and what explains words away: a dead-gorgeous or love-to-death idiom, a funeral date.
ROUND_THIRTEEN: dict[str, str] = {
    "absence": """not because i forgot/not because i forget/no es porque se me olvido/no es porque me olvide/
        or any other one/ni ninguna otra/for my husband to find me/for my partner to find me/for my wife to find me/
        for him to find me/for her to find me/for them to find me/for my mom to find me/que me encuentre mi esposo/
        que mi esposo me encuentre""",
    "goodnight": "goodnight everyone/goodnight all/goodnight world/buenas noches a todos/buenas noches mundo",
    "goodbye_child": """say goodbye to a/say goodbye to my baby/say goodbye to my son/say goodbye to my daughter/
        say goodbye to her/say goodbye to him/say goodbye to my kids/say goodbye to your son/say goodbye to your daughter/
        say goodbye to your baby/say goodbye to your kids/despedirme de mi bebe/despedirme de mi hijo/
        despedirme de mi hija""",
    "farewell": """tell my baby i am sorry/tell my son i am sorry/tell my daughter i am sorry/tell my kids i am sorry/
        tell her i am sorry when/tell him i am sorry when/dile a mi bebe que lo siento/diganle a mi bebe que lo siento/
        diganle a mi hija que lo siento/diganle a mi hijo que lo siento""",
    "on_purpose": """punishing it/punishing myself/punishing my body/punish my body/punish myself/castigarme/
        castigando mi cuerpo/castigar mi cuerpo/i gave myself/gave myself a burn/gave myself burns/with a cigarette/
        with my cigarette/con un cigarro/con el cigarro/con mi cigarro""",
    "hiding": """where no one sees/where no one can see/where nobody sees/where nobody can see/where no one will see/
        donde nadie ve/donde nadie las ve/donde no se ven""",
    "self_harm": """burn i gave myself/burns i gave myself/cut i gave myself/cuts i gave myself/cigarette burn/
        cigarette burns/quemadura de cigarro/burned myself with/burnt myself with/me queme con un cigarro""",
    # a medicine of one's own in a baby's feed, to quiet the baby
    "own_meds": """my sleeping pill/my sleeping pills/my sleep meds/my xanax/my ambien/my pills/my pill/my meds/
        my medication/my medicine/my benadryl/my zolpidem/my klonopin/mi pastilla/mis pastillas/mi medicina""",
    "dosed_feed": """in his bottle/in her bottle/in the babys bottle/in the bottle/in his milk/in her milk/in his formula/
        in her formula/en su biberon/en su mamila/en su leche/en el biberon/en la mamila""",
    "quieting": """so he would stop/so she would stop/so he would sleep/so she would sleep/to make him sleep/
        to make her sleep/to knock him out/to knock her out/para que se calle/para que se duerma/
        para que deje de llorar/not the first time/no es la primera vez""",
    # running out, and not recharging
    "depleted": "battery is at/battery at/my battery/running on empty/running on fumes/mi bateria/bateria al",
    "no_recharge": """not looking for a charger/not looking for the charger/stop looking for a charger/
        stopped looking for a charger/not going to charge/not going to recharge/do not want to recharge/
        not plugging in/not going to plug in/no voy a buscar el cargador/ya no busco el cargador/
        let myself run out""",
    "death": """6 feet under/six feet down/6 feet down/six feet deep/6 feet deep/a bed you never have to get out of/
        never have to get out of bed again/never have to get up again/checking out early/check out early/
        checked out early""",
    "plan": """exit figured out/exit is figured out/exit is planned/figured out my exit/figured out the exit/exit all figured out/my exit planned/
        tengo mi salida planeada""",
    "birthday": "my birthday/my bday/my next birthday/mi cumpleanos",
    "no_more": """not have another one/not to have another one/not having another one/never have another one/
        not see another one/not make it to another/no tener otro/no llegar a otro""",
    "with_me": """wont leave her behind/wont leave him behind/will not leave her behind/will not leave him behind/
        not going to leave her behind/not going to leave him behind/no lo va a dejar solo/no la va a dejar sola/
        no lo voy a dejar solo/no la voy a dejar sola""",
    # things one won't need where one is going
    "unneeded": """no las voy a necesitar/no los voy a necesitar/no lo voy a necesitar/no la voy a necesitar/
        wont need them/will not need them/wont need it/will not need it/not going to need them/
        not going to need it/wont be needing them/will not be needing them""",
    "where_going": "donde voy/a donde voy/adonde voy/where i am going/where i am headed/a donde me voy",
    "idiom": """drop dead gorgeous/drop dead beautiful/drop dead handsome/drop dead cute/so dead when he/
        so dead when she/so dead when they/is so dead when/is dead meat/love them to death/love him to death/
        love her to death/love you to death/love it to death/loves them to death""",
    "chore_injury": """cast iron/the skillet/a skillet/the pan/making dinner/cooking dinner/making breakfast/
        making lunch""",
}
# Round 13, second pass: marks made with a tool or pressed into the skin, "what I did to my wrists"; an act
# said not to be an accident; a life quit like a game; the permanent kind of self care; being called by water;
# a mishap said to be minor
ROUND_THIRTEEN_MARKS: dict[str, str] = {
    "self_harm": """held my wrist against/held my hand against/held my arm against/pressed my wrist against/
        pressed my hand against/pressed my arm against/into my palm/into my palms/into my skin/into my thigh/
        into my wrist/what i did to my wrists/what i did to my arms/did to my wrists/did to my arms/did to my thighs/
        do it on my ankles/do it on my thighs/do it on my legs/do it on my arms/do it on my stomach/
        pull my hair out/pulled my hair out/safety pin on my/a pin on my/a needle on my""",
    "on_purpose": """with a safety pin/with a pin/with a needle/making lines/con un seguro/con una aguja/
        want it to sting/not a nervous habit/quiero que me arda/quiero que me duela""",
    "body": "my palm/my palms/mi palma",
    "serious": """not accidental/isnt accidental/is not accidental/no es accidental/wasnt an accident/
        was not an accident/not an accident/no fue accidente/no es accidente""",
    "method": """walking into the road/walk into the road/step into the road/stepping into the road/
        stepped into the road/walked into the road/putting my head in it/put my head in it/put my head in the oven/putting my head in the oven/
        my head in the oven/my head in the gas oven/la cabeza en el horno""",
    "death": "nevr wak up/nevr wake up/never wak up/neva wake up/neva wak up",
    "burden": "better off w o me/bettr off w o me/better off w o us/better off wo me/bettr off wo me",  # "w/o"
    "game_life": """if life were a game/if life was a game/si la vida fuera un juego/like from life/
        off from life/out of life/de la vida""",
    "quit_game": """rage quit/rage quitting/uninstalling it/uninstall it/uninstall myself/uninstalling myself/
        logging off/log off/log myself off/account deletion/delete my account/deleting my account/
        desinstalarme/cerrar sesion""",
    "self_end": "the permanent kind/permanent solution/the permanent way out/la solucion permanente",
    "means": """the ocean's calling/the lake's calling/the river's calling/the water's calling/the ocean is calling/
        the water is calling/the lake is calling/el mar me llama""",
    "absence": "sin regresar/para no regresar/sin volver/para no volver/irme de verdad/one way ticket/a one way trip",
    "switch_off": """it to just shut off/it to shut off/it to just shut down/it to shut down/shut myself off/
        apagarme""",
    # an everyday excess asked about with a laugh: "3 coffees, am I gonna die lol"
    "caffeine": """coffee/coffees/cafe/cafes/cafecito/cups of coffee/tazas de cafe/energy drink/energy drinks/
        red bull/red bulls/espresso/espressos/shots of espresso/cold brew/cold brews""",
    "minor": "nada grave/no es grave/no fue nada grave/nothing serious/no big deal/nada serio/just a small burn",
}
# Round 14: the same wish after a hospital hold; a blow to one's own head; being here "by then" doubted; a note already written; a pet
# left to someone "after"; breathing stopped on purpose; the one reason to stay wearing thin; a goodbye passed
# to the doctor; the family pictured without one; a bill left "when I go"; a joke taken back ("bueno no tan").
# Explained: a dead zone or battery, a baby said to be "killing me" with wake-ups, a small child asking about
# death, a cupboard door walked into, a dose read off the label, "estoy a salvo".
ROUND_FOURTEEN: dict[str, str] = {
    "after_hold": """72 hour hold/the hold/psych hold/psych ward/psych unit/psychiatric hospital/psychiatric ward/
        hospital psiquiatrico/el psiquiatrico/inpatient/5150""",
    "unchanged": """still want the same thing/still wants the same thing/nothing changed/nothing has changed/
        still has the plan/still have the plan/todavia tiene el plan/todavia tengo el plan/sigue con el plan/
        sigo con el plan/nada cambio/no cambio nada""",
    "absence": """if im even still here/if i am even still here/if im still here by then/if i am still here by then/
        si sigo aqui para entonces/si todavia sigo aqui""",
    # the family pictured without oneself, things written down for it: an arrangement
    "handover": """once its just the two of them/once it is just the two of them/when its just the two of them/
        when it is just the two of them/cuando sean solo ellos dos/cuando solo sean ellos dos""",
    "written": "is already written/ya esta escrita/already wrote it/ya la escribi",
    "resisting": """talk myself out of it/talking myself out of it/talked myself out of it/convencerme de no hacerlo/
        convencerme de que no""",
    "method": "me aviento del/aventarme del/me tiro del/tirarme del/me avento del",
    "burden": "easier if i wasnt/easier if i was not/easier if i werent/easier if i were not/mas facil si no estuviera",
    "farewell": """the note is already written/note is already written/the note is written/my note is written/
        la carta ya esta escrita/ya escribi la carta/tell the doctor i tried/tell the doctor that i tried/
        tell my doctor i tried/tell the dr i tried/diganle al doctor que lo intente/dile al doctor que lo intente""",
    "given_away": """gave me her dog/gave me his dog/gave me her cat/gave me his cat/gave away my dog/gave away my cat/
        giving away my dog/giving away my cat/me regalo su perro/me regalo su gato/regale a mi perro/regale a mi gato""",
    "after_unsaid": "care of him after/care of her after/care of them after/care of it after/cuidarlo despues/cuidarla despues",
    "breath_stop": """take to stop breathing/it take to stop breathing/for me to stop breathing/to stop my breathing/
        para dejar de respirar""",
    "fading": """less convincing/not convincing anymore/getting less convincing/stopped working/stopping working/
        wearing thin/ya no funciona/dejo de funcionar/ya no me convence""",
    "after_me": """stuck with my bill when/stuck with my bills when/stuck with my debt when/stuck with my debts when/
        con mi deuda cuando me vaya/con mis deudas cuando me vaya""",
    "hopeless": "only one way out/one way out i can see/solo veo una salida/una sola salida",
    # a blow to one's "own" head is no bump into a door
    "self_harm": """slammed my own head/banged my own head/hit my own head/slamming my own head/banging my own head/
        hitting my own head/mi propia cabeza contra""",
    "serious": "bueno no tan/no tan jaja/bueno no tanto/ok not really joking/okay not really joking",
    "idiom": """dead zone/dead zones/dead spot/dead spots/wifi is dead/dead battery""",
    # a baby as the one "killing" a parent with wake-ups: someone else's idiom
    "their_idiom": """baby is trying to kill me/baby is killing me/baby is going to kill me/
        baby will be the death of me/bebe me va a matar/bebe me esta matando/""" + "/".join(
        f"{child} {doing}" for child in ("son is", "daughter is", "toddler is", "newborn is", "kid is", "kids are", "twins are")
        for doing in ("trying to kill me", "killing me", "going to kill me")),
    # a small child's question about death, about anyone: "my 6 yr old asked if the baby is going to die"
    "child_asked": "/".join(f"{age} {asked}" for age in ("3 yr old", "4 yr old", "5 yr old", "6 yr old", "3 year old", "4 year old",
                                                        "5 year old", "6 year old", "3yo", "4yo", "5yo", "6yo")
                           for asked in ("asked", "asked me", "asks", "asks me", "pregunto")),
    "chore_injury": "cabinet door/cabinet doors/cupboard door/cupboard doors/puerta de la alacena/puerta del gabinete",
    "label_dose": "the bottle says/the label says/the box says/the package says/dice la caja/dice la etiqueta/dice el frasco",
    "safe": "estoy a salvo/ya estoy a salvo/estamos a salvo",
}
# Round 15: a lethal dose asked about with the drug at hand ("before it kills them? I have access to some");
# a date decided or a leaving planned ("planning to be gone by christmas", "I've just decided when", "ya
# tengo el plan hecho"); goodbyes said ("said bye to everyone already", "no more me after tonight", "or
# any appointment ever"); treatment given up for the family's money; an ending made permanent ("want off
# this ride", "go for good", "make it permanent"); an urge no longer fought; one's own death planned with a
# funeral's songs or a policy asked about; hands feared; a pillow pressed on a baby; knives hidden by a
# partner who "knows why". Explained: an emphatic "to be clear I'm not suicidal"; a chore's mishap again
# ("again" alone is repetition, not intent: "hit my head on the cabinet door again, mom brain"); a baby
# choking on food and helped; "he'd die happy"; appliances that "died"; "my will to cook".
_KILLS_AT = "before it kills/before it would kill/before it will kill/enough to kill a/antes de que mate/antes de que te mate"
# An overdose asked about is a dosing worry ("can you OD on benadryl? the box says 1") until the drug is at hand.
_OVERDOSE_Q = _KILLS_AT + """/can you od/can you overdose/can i od/can i overdose/could i od/could i overdose/
        can a person od/can someone od/how much to od/how much to overdose/te puedes sobredosis/puedo tener una sobredosis"""
ROUND_FIFTEEN: dict[str, str] = {
    "lethal": _KILLS_AT,
    "overdose_q": _OVERDOSE_Q,  # and with the drug at hand, sure: "...before it kills them? I have access to some"
    "access": """have access to some/have access to it/have access to them/access to some at/access to it at/
        have a vial/got a vial/a vial from/have some at work/some at work/tengo acceso a/tengo un frasco""",
    "absence": "/".join(f"{lead} {when}" for lead in ("planning to be gone by", "plan to be gone by", "planning on being gone by",
                                                     "want to be gone by", "wanna be gone by", "need to be gone by",
                                                     "i will be gone by", "ill be gone by", "quiero irme antes de",
                                                     "ya no estare para")
                        for when in ("christmas", "new year", "new years", "thanksgiving", "easter", "my birthday",
                                     "her birthday", "his birthday", "the end of the year", "the end of the month",
                                     "spring", "summer", "fall", "winter", "valentines", "navidad", "ano nuevo",
                                     "fin de ano", "fin de mes", "mi cumpleanos", "su cumpleanos")) + """/no more me/no more of me/any appointment ever/any appointments ever/or any other ever/
        ya no habra mas de mi/ninguna cita nunca/ninguna otra cita""",
    "when_decided": """decided when/just decided when/ive decided when/decided on when/picked when/chosen when/
        ya decidi cuando/ya decidi el cuando""",
    "plan": """el plan hecho/tengo el plan hecho/ya tengo el plan/
        ya tengo mi plan/ya lo tengo planeado/before i do anything/before i do it/antes de hacerlo/
        picked the songs/picked out the songs/chose the songs/elegi las canciones/escogi las canciones""",
    "planning_own": "planning mine/planning my own/planning my death/planeando la mia/planeando mi muerte",
    "own_funeral": """plan your own funeral/planning your own funeral/plan my own funeral/
        planear tu propio funeral/planear mi propio funeral/planeando mi funeral""",
    "farewell": """said bye to everyone/said bye to all/said my byes/already said bye/said goodbye to everyone already/
        sorry everyone/sorry all/perdon a todos/ya me despedi de todos/who gets him/who gets her/who gets the kids/
        who gets my son/who gets my daughter/who gets custody of/quien se queda con mi""",
    "hopeless": """its over for me/it is over for me/se acabo para mi/ya se acabo para mi/like an exit/
        looks like an exit/parece una salida/found the way out/found my way out""",
    "unneeded": """need the money more than/will need the money more/need the money more/more than ill need the/
        more than i will need the/necesitan el dinero mas que/necesitaran el dinero""",
    "where_going": "im checking out/i am checking out/me voy a ir/me retiro para siempre",
    "self_end": """want off this ride/get off this ride/off this ride/go for good/be gone for good/
        make it permanent/making it permanent/hacerlo permanente/irme para siempre""",
    "give_in": """stopped fighting it/stop fighting it/quit fighting it/stopped fighting the urge/stopped resisting/
        deje de luchar contra/ya no lo resisto/ya no me resisto""",
    "method": "just swerved/just swerve/swerved into/into oncoming traffic/al carril contrario",
    "sleep_long": "stay asleep forever/stay asleep for good/never wake up again/quedarme dormida para siempre",
    "baby_harm": """pressed the pillow on/pressed a pillow on/pressed the pillow over/pressed a pillow over/
        held the pillow over/held a pillow over/held a pillow on/le puse la almohada/le presione la almohada""",
    "image_urge": """afraid they will/afraid theyll/scared they will/scared theyll/afraid my hands will/
        scared my hands will/miedo de que mis manos""",
    "means_removed": """hid all the knives/hid the knives/hid all my pills/hid my pills/hid the pills/
        locked up the knives/locked up my pills/took the knives/took my pills away/escondio los cuchillos/
        escondio las pastillas/escondio mis pastillas""",
    "marks": "little lines/small lines/tiny lines/lineas pequenas/rayitas",
    "handover": """tell him the baby/tell her the baby/formula is in the/doctors number is on/number is on the fridge/
        dile que la formula/dile donde esta""",
    "repeated": "again/otra vez/de nuevo",
    "safe": """to be clear i denial/be clear i denial/clear that i denial/clear i am denial/
        para que quede claro que no/quiero dejar claro que no""",
    "minor": "mom brain/so clumsy/im so clumsy/such a klutz/soy bien torpe/que torpe",
    "accident": """choked on a/choked on his/choked on her/choked on some/choked on the/se atraganto/back blows/
        did back blows/heimlich""",
    "idiom": "die happy/die a happy/morir feliz/morire feliz/moriria feliz" + "".join(
        f"/{thing} {verb}" for thing in ("dishwasher", "washer", "dryer", "car", "fridge", "laptop", "tv", "microwave",
                                         "stroller", "pump", "printer", "router", "vacuum", "freezer", "oven", "heater")
        for verb in ("died", "just died", "finally died", "is dead", "has died")),
}
ROUND_SIXTEEN: dict[str, str] = {
    # a dangerous place on one's way that draws one ("looks more inviting", "I keep slowing down on it")
    "lure": """looks more inviting/looks inviting/look more inviting/more inviting every/keeps calling me/
        keep slowing down on/slowing down on it/slow down on it/slowed down on it/se ve tentador/se ve mas tentador/
        me sigue llamando/me llama cada vez/bajo la velocidad en""",
    # tiredness no sleep mends; the self switched or blown out for good
    "self_end": """the forever kind/forever kind of tired/not sleepy tired/not the sleepy kind/
        el cansancio de para siempre/turn off like a light/turn off like a switch/like a light switch/
        blow it out myself/blow it out my self/blow out my own candle/snuff it out myself/apagarla yo misma/
        apagarla yo mismo/soplarla yo misma""",
    "forever": "never get turned back on/never be turned back on/never turn back on/nunca volver a prender/nunca volver a encender",
    # a lethal amount asked about in other words; a dose for one's own size
    "lethal": """before it wrecks/before it destroys/before it ruins/wrecks your liver/destroys your liver/
        shuts the liver down/shuts down the liver/shuts your liver down/shuts down your liver/shut down the liver/shut my liver down/
        antes de que destruya/antes de que dane/dosis que mata/dose that kills/dose that would kill/would just stop your heart/
        would stop your heart/stop your heart/stop my heart/pare el corazon/parar el corazon""",
    # a Spanish relative "que te mata" is an idiom as often as a dose ("el calor que te mata"): with a
    # medicine it is worth the check-in only
    "kills_q": "que te mata/que te mate/que me mate/que te mataria",
    "amount": """the limit for someone my size/limit for someone my size/for someone my size/for someone my weight/
        for someone my age/para alguien de mi peso/para alguien de mi tamano""",
    # wanting it over, God taking one home, not waking, not making it that far
    "death": """wants it to be over/want it to be over/wanted it to be over/quiere que se acabe/quiero que se acabe/
        calls me home/call me home/take me home in my sleep/not waking up/never waking up/
        se quita la vida/quitarse la vida/te quitas la vida/uno se quita la vida""",
    "absence": """doesnt let me come back/does not let me come back/not let me come back/wont let me come back/
        will not let me come back/no me deje volver/no me deje regresar/not to make it that far/not make it that far/
        wont make it that far/will not make it that far/no llegar tan lejos/no llegar hasta ahi/
        just in case i am not here/in case i am not here/por si no estoy/por si ya no estoy/
        will not need rides after/wont need rides after/will not need rides home after/wont need rides home after/
        ya no voy a necesitar que me lleven despues""",
    "hopeless": """out of one more days/running out of one more days/ran out of one more days/
        running out of reasons to stay/se me acaban los un dia mas""",
    # a drink of poison denied by halves ("not that I'd drink it. well")
    "drink_it": "drink it/drinking it/drank it/tomarmelo/bebermelo/tomarlo/beberlo",
    # the baby no longer needing one, and then leaving
    "released": """stop needing me/stopped needing me/no longer needs me/doesnt need me anymore/
        does not need me anymore/deje de necesitarme/ya no me necesite/ya no me necesita""",
    "can_go": "so i can go/then i can go/so i can leave/then i can leave/para poder irme/y ya me puedo ir/y me puedo ir",
    # someone else's overdose happening now, or pills taken away by someone who apologised
    "took_all": """swallowed a bottle/swallowed a whole bottle/took a whole bottle/took a bottle of/swallowed the bottle/
        swallowed all/se tomo un frasco/se trago un frasco/se tomo todo el frasco/took my sleeping pills with her/
        took my pills with her/took the pills with her/took my sleeping pills with him/took my pills with him/
        took the pills with him/se llevo mis pastillas/se llevo las pastillas""",
    # how long until someone finds one (or the baby)
    "found_by": """someone to find me/before someone finds/someone finds me/someone would find me/somebody to find me/
        before anyone finds/anyone to find me/someone finds her/someone finds him/
        me encuentren/alguien me encuentre/encuentren mi cuerpo""",
    # a near-attempt: a method told plainly
    "method": """staying under/just staying under/drive til the road runs out/drive until the road runs out/
        til the road runs out/until the road runs out/hasta que se acabe el camino/missed the curve/miss the curve/
        missed a curve/miss a curve/do something to myself/do something to my self/hacerme algo/me voy a hacer algo""",
    "means": """with it running/running in the closed garage/closed garage/garage with the door closed/
        in the garage with the door closed/garage door closed/garage door shut/el garaje cerrado/garaje cerrado""",
    "self_harm": "using the razor/using a razor/using the blade/using blades/using razors/usando la navaja/usando el rastrillo",
    "repeated": "been cutting since/been cutting for/been cuting since/me he estado cortando",
    "violence": """around her neck/around his neck/hands around her/hands around his/alrededor de su cuello/
        alrededor del cuello""",
    "place": "top of the stairs/the top of the stairs/arriba de las escaleras/the top of the staircase",
    "last_page": "last chapter/last chapters/final chapter/the last chapter/ultimo capitulo/el ultimo capitulo",
    "ready_end": "ready to close the book/ready to close it/lista para cerrar el libro/listo para cerrar el libro",
    "attempt": "woke up anyway/woke up this morning anyway/desperte de todos modos/desperte de todas formas",
    "after_me": """clean up after me/nobody has to clean up/no one has to clean up/nadie tenga que limpiar/
        nadie tenga que recoger""",
    "given_away": "y todas mis cosas/regale mis cosas/regale todas/all my things/all my stuff/all my belongings/my good clothes",
    "free_after": "and then i am free/then i am free/then im free/y luego soy libre/y ya soy libre/y quedo libre",
    "when_decided": "need to decide when/need to decide cuando/decide cuando/decidir cuando/just need to decide when",
    "farewell": "wrote the letters/wrote the leters/written the letters/ya escribi las cartas",
    # what explains words away: a cooking verb "to death", "I'd die if someone saw me", a hospice goodbye,
    # an appliance thrown out of the window
    "idiom": """it to death/them to death/garlic to death/to death with the back/
        id die if someone/i would die if someone/id die if anyone/i would die if anyone/me muero si alguien/
        me moriria si alguien""",
    "their_idiom": "scared me to death/scares me to death/scared her to death/me dio un susto de muerte",
    "their_dying": "in hospice/hospice/on hospice/en hospicio/cuidados paliativos/palliative care/comfort care",
    "throw_thing": """pump out the window/phone out the window/laptop out the window/monitor out the window/
        bottles out the window/it out the window/them out the window/tv out the window/computer out the window/
        por la ventana el celular/el celular por la ventana/el extractor por la ventana""",
}
ROUND_SEVENTEEN: dict[str, str] = {
    # not coming back, said plainly; a reason to stay no longer enough; gone before the child remembers
    "absence": """will not be coming home/wont be coming home/not be coming home/no voy a volver a casa/ya no voy a volver/
        old enough to remember me/antes de que se acuerde de mi/ya no las voy a necesitar/ya no los voy a necesitar/
        will not need them anymore/wont need them anymore""",
    "hopeless": """not enough to keep me here/isnt enough to keep me here/is not enough to keep me here/
        ya no es suficiente para quedarme/ya no me alcanza para quedarme""",
    # the rest of life skipped; being with the Lord tonight
    "death": """skip the rest of my life/skip the rest of it/saltarme el resto de mi vida/be with the lord/
        be with jesus/estar con el senor/estar con dios/would have done it already/would have done it by now/
        ya lo habria hecho/ya lo hubiera hecho""",
    # switched off, checked out for good, asleep forever "not in the tired way"
    "self_end": """switching myself off/switched myself off/apagarme yo misma/apagarme yo mismo/
        checking out permanently/check out permanently/checking out for good/sleep for like forever/
        sleep for forever/dormir para siempre""",
    # a means or a method named as a walk, a lighter, a whole bottle, all of a take-home dose
    "method": """walk in and keep walking/walk into the sea/caminar hacia el mar/
        take all of it at once/take it all at once/tomarmelo todo de una vez""",
    "self_harm": """the lighter on my/con el encendedor en mi/
        in the shower with the razor/sit with the razor/sat with the razor/sitting with the razor/
        sentada con la navaja/sentada con el rastrillo""",
    "took_all": """swallowed the whole bottle/swallowed the hole bottle/took the whole bottle/took the hole bottle/
        me tome todo el frasco/if you are reading this i probably already""",
    "attempt": "my stomach pumped/lavado de estomago/me lavaron el estomago",
    # a stomach pumped is no pediatrician's worry: "the er" beside it softens nothing
    "serious": "stomach pumped/my stomach pumped/lavado de estomago/me lavaron el estomago",
    # a blade sat with, not shaved with, and used on oneself
    "on_purpose": "used it on me/used it on myself/la use en mi/lo use en mi",
    # the old thoughts back with the old plan; what one is planning, after an errand
    "relapse": "the thoughts are back/thoughts from/los pensamientos volvieron",
    "plan": """same plan/el mismo plan/before i do what i am planning/before i do what i planned/
        the last night i do this/antes de hacer lo que tengo planeado""",
    # the baby let go of, the hands' own wish, doing worse; the baby to come along; a child handed on
    "baby_harm": """what if i just let go/what if i let go/y si lo suelto/y si la suelto/what my hands want to do/
        lo que mis manos quieren hacer/i will do worse/afraid i will do worse/hacerle algo peor""",
    "with_me": "come with me when i go/come with me when i leave/venir conmigo cuando me vaya",
    "successor": "raise her like your own/raise him like your own/raise her as your own/raise him as your own/criala como tuya/crialo como tuyo",
    "farewell": "if you are reading this/si estas leyendo esto/last thing he reads from me/last thing she reads from me/lo ultimo que lea de mi",
    "question": "choosing between the/deciding between the/escogiendo entre el/decidiendo entre el",
    # what explains words away: a baby's protest likened to harm ("screams like I'm poisoning her"), a
    # disaster on the news, a pet or a grandparent who died
    "their_idiom": """like i am poisoning her/like i am poisoning him/like i am torturing her/like i am torturing him/
        like i am murdering her/like i am murdering him/como si la estuviera envenenando/como si lo estuviera envenenando/
        como si la estuviera torturando/como si lo estuviera torturando""",
    "toll": "plane crash/the crash/the earthquake/the shooting/accidente de avion/el terremoto/el tiroteo",
    "their_dying": """se murio mi perrito/se murio mi perro/se murio mi gatito/se murio mi gato/my dog died/my cat died/
        our dog died/our cat died/my puppy died/my dog passed/my cat passed/se murio mi abuela/se murio mi abuelo/
        my grandma died/my grandpa died/my grandmother died/my grandfather died/mi perro se murio/mi perrito se murio/
        mi gato se murio/mi gatito se murio/mi abuela se murio/mi abuelo se murio/murio mi abuela/murio mi abuelo""",
    "own_funeral": "bought a cemetery plot/bought a burial plot/compre una tumba/compre un lote en el cementerio",
}
ROUND_EIGHTEEN: dict[str, str] = {
    # the chair stood on and not kicked "yet"; breathing stopped by a mix; a way not to wake up
    "attempt": "did not kick it yet/didnt kick it yet/no la patee todavia/todavia no la patee",
    "self_end": "enough to stop breathing/enough to stop my breathing/suficiente para dejar de respirar",
    # a rope put up; cutting still going on; a fatal wreck hoped for; a cot death wished on the baby
    "relapse": "stil cuting/sigo cortandome/todavia me corto",
    "death": "get into a fatal/get in a fatal/have a fatal/tener un accidente fatal/un choque fatal",
    "baby_harm": "hope sids takes/sids takes him/sids takes her/que le de muerte de cuna/muerte de cuna se lo leve",
    # the pills held, ready
    "took_all": "pils in hand/pils in my hand/pastilas en la mano/pastilas en mi mano/tengo las pastilas en la mano",
    # (one "method" key: a second one in this dict replaced the rope's phrases, which were never read)
    "method": """the rope is up/my rope is up/la cuerda esta lista/ya colgue la cuerda/
        hacen que no despiertes/hace que no despiertes/make you not wake up/makes you not wake up""",
    # the baby going too, the two of them together
    "with_me": "mejor nos vamos las dos juntas/mejor nos vamos los dos juntos/better if we both go together/better we both go together",
    # a last message to pass on to a mother
    "farewell": "tel mom i love her/tel mom i love him/tel my mom i love her/dile a mama que la quiero/dile a mi mama que la quiero",
}
ROUND_NINETEEN: dict[str, str] = {
    # everyday mishaps of the body, not self-harm: "I bit my tongue when I stubbed my toe"
    "accident": "stubed my toe/stubed her toe/stubed his toe/stub my toe/stubing my toe/bit my tongue/bite my tongue/biting my tongue",
    # a brush with death survived and told as over ("almost died in a car accident 5 years ago, he's fine now")
    "survived": "almost died/nearly died/casi se muere/casi muere/casi se murio",
}
ROUND_TWENTY_ONE: dict[str, str] = {
    # a crash hoped for "with me in it"; a wish to die told inside a question about a treatment's effect
    "befall": "does not stop at the red light/doesnt stop at the red light/runs the red light/runs a red light/with me in it/conmigo adentro",
    "welcome": "hope the car/to hope the car/hoping the car/i hope the car/ojala el carro/ojala que el carro",
    "wish_dead": "stop wanting to die/stopped wanting to die/stop wanting to be dead/dejar de querer morir/"
                 "deje de querer morirme/dejo de querer morirme/no wish to live",  # safety.NO_LIFE: asked if one wants to live, "no"
    # the wish back once a treatment wears off ("...and then it comes right back"); "nor anything else, ever" meant
    "recurs": "comes right back/it comes right back/then it comes back/comes back every time/y luego regresa/y luego vuelve",
    "serious": "or anything else ever/anything else ever",
    # an attempt told as past with "again" ahead
    "attempt": "already tried once/who already tried once/tried once before/ya lo intente una vez/ya lo intente antes",
    # being gone, leaving the earth, not being around "to find out", nor at "anything else ever", a child too young to remember one
    "death": "a way to be gone/way to be gone/leaving this earth/leave this earth/leaving this world/"
             "dejar este mundo/ya mejor me quito/mejor ya me quito",
    "absence": "be around to find out/be here to find out/or anything else ever/anything else ever/to litle to remember me/"
               "to young to remember me/to smal to remember me/to litle to remember her/to young to remember her",
    # the days one has left in one, being fed up with living, not lasting another week
    "hopeless": "wek left in me/day left in me/month left in me/me harte de vivir/harta de vivir/harto de vivir/"
                "cansada de vivir/cansado de vivir/no creo aguantar/no voy a aguantar ni/no aguanto ni una semana",
    # erasing oneself; going when no one can stop one; a method already thought out; the plan's date fixed
    "self_end": "delete buton for me/a delete buton for me/delete myself/uninstall myself/borrarme del mapa",
    "unstoppable": "so none stops you/so none stops me/so none can stop me/so nobody stops me/so nobody can stop me/"
                   "before anyone can stop me/para que nadie me detenga/para que nadie me pare",
    "plan": "the plan is set/plan is set/ya pense como hacerlo/ya se como hacerlo/pense como hacerlo/ya tengo pensado como",
    "covert": "enough for what/enough for what you know/para que alcance ya sabes",
    # blows and burns to one's own body
    "self_harm": "smacking my own face/slapping my own face/hitting my own face/punching my own face/smacking myself/"
                 "punching myself/lit matches on my skin/matches on my skin/presing them on my skin/"
                 "presing them into my skin/burning myself with matches",
    # a height measured for a fall
    "method": "survival rate for jumping/survival rate from jumping/survival rate of jumping/survive jumping from/survive jumping off/survive a jump from/flor is high enough/flor high enough/story is high enough/high enough to die/which flor would",
    # round 21's explanations: a nail cut too short is grooming; a will made on an adviser's word is paperwork;
    # a dose asked about while breastfeeding is a medical question; a relative coming along to the visit
    "chore_injury": "cut the babys nail/cut the babys nails/cut her nail/cut his nail/clipped the babys nail/"
                    "clipped her nail/clipped his nail/nail to short/nails to short/le corte la una/le corte las unas",
    "softener": "every new parent should/all new parents should/every parent should/financial advisor said/financial planner said/"
                "mama quiere venir conmigo/mami quiere venir conmigo/esposo quiere venir conmigo/pareja quiere venir conmigo/"
                "hermana quiere venir conmigo/suegra quiere venir conmigo/venir conmigo a la cita/entrar conmigo a la cita",
    "medical": "si doy pecho/mientras doy pecho/si estoy dando pecho/si estoy amamantando/mientras amamanto/en la lactancia",
    # a baby taken to heaven with someone, a baby stood over with a pillow
    "baby_harm": "conmigo al cielo/levarmelo al cielo/levarmela al cielo/al bebe con ela al cielo/al bebe con el al cielo/al bebe al cielo/a la bebe al cielo/al nino al cielo/"
                 "take the baby to heaven/take the baby with her to heaven/take the baby with him to heaven/"
                 "stod over the crib with/stod over her crib with/stod over his crib with/over the crib with a pilow",
}

# An act on one's own body owned ("I did it to myself", "me lo hice yo"): on purpose, and round 35's did_self.
_DID_IT_MYSELF = "i did it to myself/me lo hice yo/me lo hice yo misma/me las hice yo/me los hice yo/yo me lo hice"
# Round 23: families the rules alone missed on the blind batches, by what was missing rather than by sentence:
# blades and tools named by trade ("box cutter"), stepping in front of any vehicle, water one stops fighting,
# a car steered with someone in it, a gun in Mexican Spanish; a plan tied to a day ("after church on Sunday
# it'll be done"); farewells passed on or left "for him to find"; an ordinary use disavowed ("not for boxes");
# a cover story taken back ("I told him it was the cat. it was not"); burns done to oneself; a baby's head in
# the water or hand on the burner, also in Spanish; one's own hands feared around the baby.
ROUND_TWENTY_THREE: dict[str, str] = {
    "means": "box cutter/boxcutter/utility knife/exacto knife/exacto blade/xacto knife/xacto blade/craft knife/razor knife/"
             "carpet knife/stanley knife/el cuter/un cuter/el cutter/un cutter/el exacto/un exacto/navajita/navajitas/"
             "rastrillo/hoja de afeitar/ceiling beam/the beam/a beam/the rafters/a rafter/la viga/una viga/pencil sharpener blade/sharpener blade/nudo/un nudo/el nudo/a cutter/the cutter/my cutter",
    "method": "step in front of/stepped in front of/"
              "jumped in front of/jumping in front of/throw myself in front of/threw myself in front of/"
              "walk out in front of/walked out in front of/walking out in front of/lie down on the tracks/"
              "lay down on the tracks/onto the rails/"
              "in front of the light rail/in front of the metro/"
              "in front of the bus/in front of a bus/under the train/under a train/enfrente del tren/"
              "frente al metro/tirarme al tren/tirarme al metro/aventarme al metro/"
              "tirarme a las vias/aventarme a las vias/"
              "stop swimming/stopped swimming/quit swimming/going to stop swimming/swim back up/swimming back up/"
              "dejar de nadar/dejo de nadar/hold my head under/holding my head under/held my head under/"
              "keep my head under/kept my head under/my head under the water/my head under water/"
              "meter la cabeza bajo el agua/hundir la cabeza/"
              "drive us into/drive us both into/drive us off/drive us both off/drive the car into/drive my car into/"
              "drive the car off/drive my car off/steer into/steer the car into/crash on purpose/chocar a proposito/"
              "meter el carro al/meter la troca al/"
              "se pega un tiro/me pego un tiro/darse un tiro/"
              "pegarme un balazo/darme un balazo/volarme la cabeza/pegar un tiro/pegarse un balazo/darse un balazo/"
              "which way do you cut/which way to cut/which way should i cut/how deep to cut/how deep do i cut/"
              "how deep should i cut/how deep do you cut/hacia donde cortar/que tan profundo cortar/"
              "walking off it/walked off it/walk off the edge/walking off the edge/walked off the edge/"
              "rope up/rope is up/noose is up/noose is ready/rope is ready/la soga ya esta/la cuerda ya esta/"
              "does drowning hurt/does hanging hurt/does it hurt to drown/does it hurt to bleed out/is drowning painful/"
              "duele ahogarse/duele ahorcarse/let the current take me/let the waves take me/let the river take me/"
              "let the ocean take me/let the tide take me/que me lleve la corriente/que me lleve el agua/"
              "dejar que me lleve el agua/dejar que me lleve la corriente/would be high enough/is high enough/be high enough/"
              "ganas de brincar/ganas de saltar/ganas de aventarme/urge to jump/the urge to jump/urge to step off/"
              "urge to step out/urge to walk off",
    "lethal": "hold my weight/hold weight/aguante peso/aguante mi peso/soporte mi peso/"
              "strong enough to hold me",
    "plan": "going through with it/im going through with it/id have done it already/would have done it already/"
            "would have done it by now/ya lo habria hecho/ya lo hubiera hecho/know where the exit is/"
            "already know how/"
            "know it wasnt an accident/know it was not an accident/que no fue un accidente",
    "farewell": "tell her i said goodbye/tell him i said goodbye/tell them i said goodbye/tell everyone i said goodbye/"
                "tell her i said bye/tell him i said bye/tell them i said bye/dile que me despedi/"
                "for him to find/for her to find/for them to find/for my husband to find/for my wife to find/"
                "left everything for/para que lo encuentre/para que la encuentre/para que los encuentren/"
                "so he sees them in the morning/so she sees them in the morning/so they see them in the morning/"
                "going somewhere better/going to a better place/im going to a better place/me voy a un lugar mejor/"
                "a un lugar mejor",
    "death": "me in the ground/i was in the ground/i were in the ground/im in the ground/be in the ground/"
             "me in a box/be in a box/bajo tierra/idea of being gone/thought of being gone/idea of not being here/"
             "thought of not being here/idea of not existing/la idea de no estar/la idea de ya no estar/"
             "want to end me/wanted to end me/quiero acabar conmigo",
    "found_by": "whoever finds me/who finds me/whoever has to find me/quien me encuentre/el que me encuentre/"
                "la que me encuentre",
    "image_urge": "look forward to it/kind of look forward/i look forward to/start to look forward",
    "hopeless": "fighting to stay/fighting to stay alive/fighting to stay here/permission to stop/permission to go/"
                "permission to let go/permiso para irme/permiso de irme/cansada de luchar por quedarme",
    "on_purpose": "did to myself/that i did to myself/" + _DID_IT_MYSELF,
    "self_harm": "slapped my own face/slap my own face/hit my own face/punched my own face/"
                 "punch my own face/smacked my own face/smack my own face/smacked myself/"
                 "punched myself/me pegue en la cara/me pego en la cara/me doy cachetadas/me di cachetadas/"
                 "instead of the blade/instead of the razor/instead of cutting/en vez de cortarme/en vez de la navaja",
    "baby_harm": "meterle la cabeza al agua/meterle la cabeza en el agua/hundirle la cabeza/soltarla en el agua/"
                 "soltarlo en el agua/dejarla caer en el agua/dejarlo caer en el agua/"
                 "held her under/held him under/push her under/push him under/"
                 "her hand on the burner/his hand on the burner/her hand to the burner/his hand to the burner/"
                 "su mano en la hornilla/su manita en la hornilla/afraid of my own hands/scared of my own hands/"
                 "dont trust my own hands/miedo de mis propias manos/miedo a mis propias manos",
    "befall": "hit me/hit me head on/runs me over/run me over/crashes into me/crash into me/t bones me/me atropella",
    "welcome": "i hope a/hope a truck/hope a car/hope a bus/hoping a truck/hoping a car/ojala un/ojala que un",
    "setting": "bath is running/the bath is running/tub is full/the tub is full/bath is full/tub is filling/bath is filling/"
               "la tina esta llena/la banera esta llena",
    "access": "catching my eye/caught my eye/catches my eye/me llama la atencion/la encontre con/lo encontre con/los encontre con/i have like/i have about/ive got like/ive got about/tengo como",
    "provided": "have everything ready/got everything ready/everything is ready/tengo todo preparado",
    "alone": "for the house to be quiet/house to be quiet/everyone to be asleep/everyone to fall asleep/que todos se duerman",
    "accept": "im ok with that/im okay with that/im fine with that/and im ok with it/estoy bien con eso/y me parece bien",
    "not_make_it": "not going to make it through/not gonna make it through/wont make it through/no voy a aguantar esta",
    "screen": "plan yes/intent yes/timeline soon/plan si/intencion si",
    "no_recharge": "not charging it/not going to charge it/wont charge it/no la voy a cargar/ya no la cargo",
    # new concepts: a burn, an ordinary use disavowed, a cover story and its retraction, a day named, a
    # thing said to be over by then, a bag packed for no trip, a faith and leaving early
    "burn_act": "burn/burns/burned/burnt/burning/quemo/queme/quemar/quemarme/quemandome/quemadura",
    "not_for": "not for/its not for/no es para/no son para",
    "cover_story": "told the er it was/told the doctor it was/told the nurse it was/told the hospital it was/"
                   "it was the cat/was from the cat/were from the cat/le dije que fue el gato/les dije que fue el gato/"
                   "le dije que fue un accidente/les dije que fue un accidente/dijimos que fue un accidente/"
                   "cuts were from/cuts are from/burns were from/burns are from/bruises were from/bruises are from/"
                   "marks were from/marks are from/scratches were from/scratches are from/cortes eran de/cortes son de/"
                   "marcas eran de/marcas son de/moretones eran de/moretones son de",
    "not_so": "it wasnt/it was not/they werent/they were not/no fue/no lo fue/no era cierto/no lo eran/no eran",
    "day": "despues de la misa/" + "/".join(f"{p} {d}" for d in ("sunday monday tuesday wednesday thursday friday saturday".split())
                    for p in ("by", "on", "this", "after")) + "/after church/despues de misa/" + "/".join(
        f"{p} {d}" for d in "domingo lunes martes miercoles jueves viernes sabado".split()
        for p in ("el", "este", "para el", "antes del")) + "/sunday/monday/tuesday/wednesday/thursday/friday/saturday",
    "done_deal": "it will be done/itll be done/it will all be done/itll all be done/it will be over/itll be over/"
                 "itll all be over/it will be finished/itll be finished/ya va a estar hecho/todo habra terminado/"
                 "ya no voy a estar/ya no estare/ya todo va a terminar/todo va a terminar/todo se va a acabar/"
                 "se va a acabar todo/none of this will be my problem/wont be my problem/will not be my problem/"
                 "ya no va a ser mi problema",
    "packed": "my bag is packed/my bags are packed/packed my bags/packed my bag",
    "early_exit": "go home early/going home early/went home early/leave early/leaving early/irme antes de tiempo",
    "faith": "god would/god will/god understands/god forgives/a sin/is a sin/its a sin/pastor/dios entenderia/"
             "dios me perdonaria/es pecado/lord would/lord will",
    "took_extra": "took more than i should/took more than i was supposed to/taken more than i should/"
                  "me tome mas de lo que/tome mas de lo que debia",
    "last_trip": "the long trip/my last trip/mi ultimo viaje/the right night/la noche indicada",
}
# Round 23, from batch 23's rules-alone misses, again by family: things given away and not needed later,
# affairs settled with a calm that follows, a joke taken back ("Kidding. Mostly."), a goodnight made
# permanent, a complication hoped for, notes named as goodbyes, wounds reopened or dug at, a limb slammed
# until it swells and hidden, hands held in scalding water, lines added "like a barcode", a body hoped to
# give out, nobody to know until morning, everyone better off if one vanished.
ROUND_TWENTY_THREE_B: dict[str, str] = {
    "given_away": "gave my jewelry/gave away my jewelry/gave my good/gave my ring/gave away my things/gave away my clothes/"
                  "gave my sister my/gave my best friend my/regale mi ropa/le di mi ropa/le regale mis joyas/regale mis joyas",
    "unneeded": "wont need to ask later/will not need to ask later/wont have to ask later/wont need it later/"
                "ya no lo va a tener que pedir",
    "affairs": "canceled my subscriptions/cancelled my subscriptions/canceled all my subscriptions/paid off the card/"
               "paid off my card/paid off my cards/paid off my credit card/left a list for/cancele mis suscripciones/"
               "pague la tarjeta/deje una lista para",
    "calm_finally": "feels calm finally/feel calm finally/finally calm/finally feel calm/finally at peace/feel at peace now/"
                    "por fin tranquila/por fin en paz/me siento en paz",
    "numb_end": "wont have to feel anything/will not have to feel anything/never have to feel anything/"
                "not have to feel anything anymore/ya no voy a sentir nada/ya no tendre que sentir nada",
    "goodnight": "goodnight/good night/buenas noches/night night/nighty night",
    "death": "ending things/ending everything/be under the ground/under the ground/body just gives out/body gives out/"
             "body would give out/body will give out/body to just give out/mi cuerpo se rinda/mi cuerpo ya no aguante",
    "serious": "kidding mostly/mostly kidding/jk kind of/jk kinda/jk mostly/"
               "not totally joking/medio en broma",
    "method": "finally jumped/por fin me avente/por fin me tire",
    "befall": "and dont make it/and do not make it/and never make it/y no salga de esta/y no sobreviva",
    "welcome": "i hope i/i hope i have/ojala tenga/ojala me de",
    "farewell": "the goodbye ones/goodbye ones/goodbye notes/goodbye letters/cartas de despedida/make sure someone checks on/"
                "make sure somebody checks on/que alguien cheque a mi bebe/que alguien vea a mi bebe/goodbye type stuff/"
                "posting goodbye/posting goodbyes/goodbye posts/publicando despedidas",
    "self_harm": "found her cutting/caught her cutting/found him cutting/caught him cutting/la encontre cortandose/"
                 "lo encontre cortandose/opened them back up/opened it back up/opening them back up/open them back up/"
                 "reopened them/dig at it/digging at it/been digging at/abri las heridas/me las abri/like a barcode/"
                 "added a few more lines/added more lines/added some lines/add more lines/mas rayitas",
    "hiding": "begged me not to tell/asked me not to tell/made me promise not to tell/me pidio que no dijera/"
              "me rogo que no dijera/hiding it with/hide it with/hiding them with/lo escondo con/las escondo con",
    "violence": "slam my wrist/slam my hand/slam my arm/slamming my wrist/slamming my hand/slammed my wrist/"
                "slammed my hand/slammed my arm/bang my wrist/banging my wrist",
    "on_purpose": "till it swells/until it swells/till it bruises/until it bruises/hasta que se hincha/hasta que se me hinche/"
                  "dunking my hands/dunk my hands/dunking my arms/holding my hands under/hold my hands under/"
                  "sticking my hands in/meto las manos/meter las manos/opened them back up/opened it back up/"
                  "reopened them/opening them back up/until they blister/till they blister/until they burn",
    "baby_harm": "little body not breathing/his body not breathing/her body not breathing/body not breathing/"
                 "su cuerpito sin respirar/cuerpito sin vida",
    "absence": "nobody would know until/no one would know until/nobody would notice until/no one would notice until/"
               "nadie sabria hasta/nadie se daria cuenta hasta",
    "burden": "estarian mejor si yo/estaria mejor si yo/estarian mejor si me/estarian mejor si ya no/todos estarian mejor",
    "heat": "hot tap/the hot tap/hot water tap/scalding water/agua hirviendo",
    "own_funeral": "urns for myself/urn for myself/my own urn/pricing urns/pricing out urns/cremation for myself/"
                   "mi urna/una urna para mi",
    "lethal": "make someone not wake up/make me not wake up/make a person not wake up/para no despertar/"
              "para que no despierte",
}
# Round 23 (c), from new wordings of our own: sedatives with alcohol when alone, a last holiday, a goodbye
# said without anyone noticing, a means already chosen, a medicine stopped on purpose, fear of what one
# might do to the baby, the baby taken along in a jump.
ROUND_TWENTY_THREE_C: dict[str, str] = {
    "alcohol": "vodka/whiskey/tequila/a bottle of wine/bottle of wine/the wine/rum/alcohol/mezcal/el alcohol/la botella",
    "alone": "im alone/i am alone/all alone/estoy sola/estoy solo/totally alone",
    "farewell": "my last christmas/my last birthday/my last mothers day/my last thanksgiving/my last summer/"
                "mi ultima navidad/mi ultimo cumpleanos/mi ultimo dia de las madres",
    "farewell_act": "despidiendo/despidiendome/me despedi de todos/saying goodbye to everyone/saying my goodbyes/"
                    "saying goodbye to people/quietly saying goodbye",
    "unnoticed": "sin que se den cuenta/sin que nadie se de cuenta/sin que sepan/without them noticing/"
                 "without anyone noticing/without them knowing/without anyone knowing/so nobody notices",
    "access": "ya escogi/ya elegi/escogi el/escogi la/elegi el/elegi la/i chose the/ive chosen the/already picked the/"
              "already chose the",
    "stopped_meds": "dejar de tomar la/dejar de tomar las/dejar de ponerme la/stop taking the/stopped taking the",
    "baby_harm": "lo que le puedo hacer/lo que le pueda hacer/lo que le podria hacer/what i might do to him/"
                 "what i might do to her/what i could do to him/what i could do to her/what i might do to the baby/"
                 "grab the baby and jump/the baby and jump/jump with the baby/jumping with the baby/"
                 "jump with her in my arms/jump with him in my arms/aventarme con el bebe/tirarme con el bebe/"
                 "saltar con el bebe/brincar con el bebe",
}
# Round 23 (d), from 30 more wordings of our own about a plan's when and a means' where: weaning as the
# release, "don't try to find me", "that's when I'll do it", a day spared "so I don't ruin it", working up to
# it beside passing trains, the top level of a garage and the wall climbed, swimming out past the buoys,
# extra taken "to see what happens", a charger cable hidden, "you won't see me again",
# "ya no me voy a despertar", a child finding one.
ROUND_TWENTY_THREE_D: dict[str, str] = {
    "released": "once she is weaned/once he is weaned/when she is weaned/when he is weaned/once she weans/once he weans/"
                "cuando la destete/cuando lo destete",
    "can_go": "free to go/im free to go/then im free/ya me puedo ir/libre para irme",
    "absence": "dont try to find me/do not try to find me/dont look for me/do not look for me/no me busquen/"
               "no me vayan a buscar/wont see me again/will not see me again/never see me again/no me van a volver a ver/"
               "ya no me van a ver",
    "plan": "thats when ill do it/that is when i will do it/thats when im doing it/thats when im going to do it/"
            "then ill do it/ese dia lo hago/ese dia lo voy a hacer/ahi lo hago",
    "spare_day": "so i dont ruin it/so i do not ruin it/so i dont ruin his/so i dont ruin her/so i dont ruin their/"
                 "so i dont ruin christmas/so it doesnt ruin/para no arruinarle/para no arruinar su/para no arruinarles",
    "waiting_for": "wait till/wait until/waiting until/waiting till/ill wait/esperar a que/espero a que/voy a esperar",
    "method": "letting trains pass/letting the trains pass/let the trains pass/dejando pasar los trenes/dejo pasar los trenes/"
              "climbed onto the wall/climbed onto the ledge/climbed over the railing/climbed the railing/"
              "climbed onto the railing/sat on the railing/sat on the ledge/me subi al barandal/me subi a la barda/"
              "swimming out until/swim out until/swim out past/swimming out past/swim out too far/nadar mar adentro/"
              "nadar hasta no poder/cinturon amarrado/el cinturon amarrado/amarre el cinturon/amarre la cuerda/"
              "amarrado en el closet/amarrada en el closet/belt tied to/cord tied to/tied it to the rod/"
              "tied to the closet rod/tied to the rod/meterme con todo y carro/meterme con todo y troca/meterme con el carro/"
              "meter el carro al rio/meterme al rio/meterme al lago/meterme al mar",
    "means": "top level of the garage/top level of the parking/top deck of the/ultimo piso del estacionamiento/"
             "charger cable/charging cable/phone cable/el cable del cargador",
    "access": "sat with/sat there with/sentada con/keep driving to/keep going back to/sigo yendo a/sigo manejando a",
    "took_extra": "two extra/taking extra/taking two extra/taking a few extra/tomando de mas/tomando extra",
    "see_what": "to see what happens/to see what would happen/para ver que pasa/para ver que me pasa",
    "death": "estar con mi mama en el cielo/estar con mi papa en el cielo/estar con mi abuela en el cielo/"
             "estar con mi bebe en el cielo/quiero estar en el cielo/irme al cielo/be with her in heaven/"
             "be with him in heaven/join her in heaven/join him in heaven/no me voy a despertar/ya no voy a despertar/ya no me voy a despertar/no voy a despertar/no despertare",
    "took_all": "ya me tome todo/me tome todo/me tome todas/took everything",
    "see_soon": "pronto nos vemos/nos vemos pronto/ill see you soon/see you soon/ill be there soon/ill be with you soon/"
                "be with you soon/ya voy contigo/pronto voy contigo/pronto estare contigo",
    "grave_ctx": "panteon/el panteon/cementerio/cemetery/graveyard/her grave/his grave/su tumba/la tumba/in heaven/"
                 "en el cielo/since my dad passed/since my mom passed/desde que murio",
    "found_by": "daughter finding me/son finding me/husband finding me/wife finding me/kids finding me/"
                "partner finding me/mom finding me/be the one to find me/the one who finds me/que me encuentre mi hija/"
                "que me encuentre mi hijo/me encuentren asi",
}
for _concept, _more in [*KINDS.items(), *WIDER.items(), *ROUND_NINE.items(), *ROUND_TEN.items(),
                       *ROUND_ELEVEN.items(), *ROUND_TWELVE.items(), *ROUND_THIRTEEN.items(),
                       *ROUND_THIRTEEN_MARKS.items(), *ROUND_FOURTEEN.items(), *ROUND_FIFTEEN.items(),
                       *ROUND_SIXTEEN.items(), *ROUND_SEVENTEEN.items(), *ROUND_EIGHTEEN.items(),
                       *ROUND_NINETEEN.items(), *ROUND_TWENTY_ONE.items(), *ROUND_TWENTY_THREE.items(),
                       *ROUND_TWENTY_THREE_B.items(), *ROUND_TWENTY_THREE_C.items(),
                       *ROUND_TWENTY_THREE_D.items()]:
    MORE[_concept] = MORE.get(_concept, "") + "/" + _more


def _extend(more: dict[str, str]) -> None:
    """Add a round's phrases to the lexicon, after those its concepts already have."""
    for concept, phrases in more.items():
        LEXICON[concept] = LEXICON.get(concept, "") + "/" + phrases


_extend(MORE)

# What may not follow an entry for it to carry its concept: the continuations the phrase families
# already guard against ("disappear for a weekend", "give up breastfeeding", "end it with him").
_CHORES = ("!breastfeeding/pumping/nursing/diapers/laundry/the_laundry/dishes/sleep_training/work/"
           "my_job/this_job/this_week/today/school/formula/the_pump/the_bottle/bottles")
ENTRY_GUARDS: dict[str, str] = {
    **dict.fromkeys(("not wake up", "dont wake up", "never wake up", "wont wake up", "will not wake up"), WAKE_GUARD),
    "disappear*": AWAY_GUARD + "/under/into/for/to/from", "vanish*": AWAY_GUARD, "desaparecer": "!un/una/unas/unos/un_rato/por/a_la/al",
    "not around": GONE_GUARD, "when im gone": GONE_GUARD, "after im gone": GONE_GUARD,
    "if im gone": GONE_GUARD, "without me": AWHILE_GUARD, "fine without me": AWHILE_GUARD + "/me_for/me_while/me_tonight/me_at/me_this/me_on",
    "be fine without": AWHILE_GUARD + "/me_for/me_while/me_tonight/me_at/me_this/me_on", "better off": BETTER_OFF_GUARD, "better without": BETTER_OFF_GUARD,
    "give up": GIVE_UP_GUARD + "/on_sleep/sleep/on/trying_to", "giving up": GIVE_UP_GUARD,
    "cant go on": GO_ON_GUARD + "/a/an", "end it": END_IT_GUARD, "ending it": END_IT_GUARD,
    "overdos*": OD_GUARD + "/on_ketamine/risk/symptoms/warnings/warning/on_vitamins/on_prenatal",
    "im done": "!" + _CHORES.lstrip("!") + "/with/trying_to/for", "so done": "!with/for",
    "really done": "!with/for", "how many": DOSE_GUARD + "/do_i/should_i/can_i/a_day/mg",
    "how much": DOSE_GUARD + "/do_i/should_i/can_i/mg/does_it_cost/is/does", "a lot": "!of_medications/of_meds/of_pills",
    "no aguanto": "!el_dolor/la_espalda/los/las/el/la/a_mi/a_mis", "not safe": "!to_drive/to/for/driving",
    "ready to go": "!back/to/for",
    "life insurance": "!question/questions/quote/quotes/premium/premiums/eligibility/application/applications",
    **dict.fromkeys(("the insurance", "insurance"), "!paperwork/forms/form/card/company/claim/claims/billing/copay/"
                    "plan/is_killing/wont/doesnt/does_not/denied/approved/covers/cover/portal/info/information"),
    "burden": "!for_us/on_us/on_our/financially", "cord": "!was/wrapped/blood",
    "bye": "!to/for_now/cards/card/party", "goodbye": "!to/for_now/cards/card/party",
    "killing myself": "!trying/to_keep/at_work/working/over", "what i might do": "!wrong/if/when/about",
    "hit my head": "!on/against/when/while/getting", "jump off": "!the_couch/the_bed/the_sofa/the_table/the_chair",
    "letters to everyone": "!who", "si me voy": "!a", **dict.fromkeys(("se me cae", "se le cae"), "!la_cara/el_pelo/el_cabelo/todo/la_baba/de/el_ombligo/el_ombliguito/el_cordon/el_munon/la_costra/el_diente/un_diente/los_dientes/el_pelito"), "drown": "!in/out", "conmigo": "!a_la/al/a_mi/a_una", "is that bad": "!again/enough", **dict.fromkeys(("not going to make it to", "wont make it to", "not make it to", "ill make it to",
                    "dont think ill make it", "dont think i will make it", "not sure ill make it"), "!my_appointment/the_appointment/my_apointment/my_infusion/the_infusion/the_clinic/class/work/the/on_time/in_time/today/tomorrow/tonight/my_session/la_cita/mi_cita/a_la_cita"),
    "going on a long trip": "!for_work/with/to/for",
    **dict.fromkeys(("choke", "choking", "choked"), "!on/up/back"), "ya me voy": "!gracias/a_dormir/a_la/al/bye/adios/a_trabajar",
    **dict.fromkeys(("driving over", "driving past", "keep driving"), "!to/the_bridge_to/the_bridge_on"),
    "bridge": "!to_my/to_the/to_work/to_get/to_pick/traffic/is_closed", "saying goodbye": "!to_the/to_our/to_nicu", "tengo": "!que/miedo/ganas/hambre/sueno/frio/calor/cita/una_cita/dudas/una_duda/una_pregunta/preguntas/"
             "depre/depresion/la_depre/la_depresion/ansiedad/ppd/dpp/tiempo/meses/semanas/anos/dias/un_bebe/una_bebe/"
             "un_hijo/una_hija/problemas/nauseas/trabajo",  # a condition, a time or a child: not a means at hand "dropped her": "!toy/bottle/paci/pacifier/spoon/phone/food",
    "dropped him": "!off/at", **dict.fromkeys(("cut", "cuts", "cutting"), "!her_own/his_own/their_own/my_own_bangs/bangs/a_tooth/teeth/his_tooth/her_tooth/a_new/back/out/down/off/the_cord/the_cake/his_nails/her_nails/my_hair/her_hair/his_hair/the_umbilical/costs/carbs/sugar/the_grass/the_babys/the_baby/my_babys/his_nail/her_nail/the_nails/the_nail/coupons/ties"),
    "threw": "!up/out/away/a/the_ball/in_the/shade/a_party/the_baby_a/my_baby_a/her_a/him_a/them_a", "throw": "!up/out/away/a/the_ball/in_the/shade/a_party/the_baby_a/my_baby_a/her_a/him_a/them_a",
    "i want out": "!of_this/of_the/of_that/of_here/of_bed/of_the_house/of_my_job/of_my_contract/of_work/of_the_lease",
    "want out": "!of_this/of_the/of_that/of_here/of_bed/of_the_house/of_my_job/of_my_contract/of_work/of_the_lease",
    "picked the day": "!for/to", "starv*": "!diet/mode", "not going to hurt anyone": "!else", "hurt her": "!feelings/feeling/back", "hurt him": "!feelings/feeling/back", "picked a date": "!for/to", "set a date": "!for/to", "hit": "!hard/her_head/his_head/the/a/my/it/that/me/on/send/record",
    "have the": "!same/side/option/choice/right/time/money/insurance/appointment/results/baby", "refill*": "!my/the/a/prescription/prescriptions",
    "hate myself": "!for/when/after/because", "me odio": "!por/cuando", "my will": "!to_live/power/be/is", "a ghost": "!haunting/town/story/costume/in_a/walking/around/in_my_own/in_our_own",  # dissociation, not absence
    "drop": "!off/it/the/a/my/him_off/her_off/by/in/me", "dropped": "!off/it/the/a/my/him_off/her_off/by/in/me", "drop him": "!off/at", "drop her": "!off/at",

}

ENTRY_GUARDS.update({
    **dict.fromkeys(("attempts", "an attempt", "first attempt", "second attempt", "third attempt", "last attempt"),
                    "!at/to/of"),
    "ways": "!to/of/for/that/the/in/around/we/i/you/he/she",
    "se mata": "!de/trabajando/estudiando/por/en/a/el/la",
    **dict.fromkeys(("stockpil*", "hoard*"), "!diapers/formula/milk/breastmilk/breast_milk/snacks/food/wipes/frozen"),
    **dict.fromkeys(("pulled her", "pulled his"), "!out/up/into/close/closer/in/off/away/over/onto/to/hair"),
    **dict.fromkeys(("said goodbye to my", "said godbye to my"), "!maternity/leave/old/job/bump/belly/pregnancy"),
    "forever": "!young/grateful/thankful/home/family/stamps/agradecida/agradecido",
    "survive": "!the_first/the_newborn/newborn/this_phase/these/the_holidays/on/without/until",
    # round 8: the continuations that make a wider entry ordinary ("let her fall asleep")
    **dict.fromkeys(("if i pass", "if i passed"), "!the/my/a/out/on/by/it/this/that/up"),
    **dict.fromkeys(("pull the plug", "pulling the plug"), "!on_breastfeeding/on_pumping/on_nursing/on_the/on_my_job/on_formula/on_work/on_this/on_it"),
    **dict.fromkeys(("close the book", "closing the book", "closed the book"), "!club/clubs/fair/report"),
    **dict.fromkeys(("clock out", "clocking out", "tap out", "bow out"),
                    "!for_the/for_now/work/of_work/at/early/from_work/now/the_form/on_the/on_it/of_the/of_this"),
    **dict.fromkeys(("end of the road", "end of the line"), "!trip/for_breastfeeding/for_nursing/for_pumping/with/for_us"),
    **dict.fromkeys(("planning to come back", "planning on coming back", "plan to come back", "planning on being here",
                     "plan on being here", "planning to be here", "planning on being around", "planning to be around"),
                    "!to_work/to_the/to_you/to_your/for_the/for_my/for_an/after/at/in/next/on/by/tomorrow/later/early/around/before"),
    **dict.fromkeys(("ill be gone", "i will be gone"), GONE_GUARD),
    **dict.fromkeys(("let her fall", "letting her fall", "let him fall", "letting him fall"), "!asleep/back_asleep/to_sleep/into/in_love/sleep"),
    **dict.fromkeys(("aventar al", "aventar a la", "aventar a mi"), "!aire"),
    **dict.fromkeys(("tirarse", "aventarse"), "!a_la_alberca/a_la_piscina/al_piso/en_la_cama/a_la_cama/de_risa/a_dormir/al_suelo"),
    **dict.fromkeys(("throw myself", "throwing myself", "throw herself", "throwing herself", "throw himself", "throwing himself"),
                    "!into/at/on_the_couch/on_the_bed/a_party/on_my_bed/back_into"),
    **dict.fromkeys(("just sink", "let me sink", "let myself sink"), "!into/in"),
    **dict.fromkeys(("fall on me", "falls on me"), "!to"),
    **dict.fromkeys(("give some to him", "give some to her", "give them to him", "give them to her"),
                    "!before/after/for/if/when/at/every/twice/in/with"),
    **dict.fromkeys(("hearing things", "seeing things", "sees things"), "!about/from/like/differently/clearly/in_a"),
    "ve cosas": "!en_la/en_el/de/en", "me mato": "!de/el/la/los/las/trabajando/estudiando/con_esa/con_ese/con_su/con_sus/con_tu/con_tus/con_esas/con_esos/de_risa",
    **dict.fromkeys(("di mi ropa", "le di mi ropa"), "!de_embarazo/de_maternidad/vieja/que_ya_no/de_bebe"),
    "the house is ready": "!for/to/and_so/now_for", "show": "!up/me/you/her/him", "si le pasa algo": "!al_bebe/a_mi_bebe/al_nino/a_la_nina/a_mi_hijo/a_mi_hija/a_el/al",
    **dict.fromkeys(("no me necesita", "no me necesitan"), "!en/para/tanto/de_noche/por/a_mi"),
    **dict.fromkeys(("held her down", "held him down"), "!for/to_change/while/so_the/during"),
    **dict.fromkeys(("twisting his", "twisting her", "twist his", "twist her", "twisted his", "twisted her"),
                    "!ankle/ankles/knee/back/wrist/own/neck_muscle"),
    **dict.fromkeys(("everything i need", "have everything i need", "got everything i need"), "!for/to/from/at/in/on/with"),
    **dict.fromkeys(("count the", "counted the", "counted my"), "!kicks/days/hours/weeks/ounces/calories/diapers/feeds/wet/blessings"),
})

# Food burnt on someone ("me quemó los frijoles"), not a burn
FOOD_ES = ("los_frijoles/el_arroz/la_comida/la_cena/las_tortillas/el_pan/la_sopa/los_huevos/el_cafe/la_carne/"
           "las_papas/el_pollo/la_leche")
ENTRY_GUARDS.update({
    # round 11: "when they find me a slot", "i meant it as a joke", "me mato con esa sonrisa", "grabbed her toy"
    **dict.fromkeys(("when they find me", "when he finds me", "when she finds me", "when someone finds me",
                     "if my husband finds me", "if my partner finds me", "if my wife finds me", "if someone finds me",
                     "if they find me", "if he finds me"),
                    "!crying/awake/asleep/a/an/here/there/with/up/out/and/so/to/because/sitting/some/another/"
                    "a_slot/an_appointment/on_time/in_time/attractive/annoying/funny/online"),
    **dict.fromkeys(("i meant it", "meant it in that", "meant every word"),
                    "!as/when/to/for/that_way/like/about/nicely/kindly/literally/in_a_nice/in_a_good"),
    **dict.fromkeys(("thank you for trying", "thanks for trying", "thank them for trying"), "!to/the/my/out/it/on/again"),
    **dict.fromkeys(("grabbed her", "grabbed him", "grab her", "grab him", "yanked her", "yanked him", "yank her", "yank him"),
                    "!toy/toys/bottle/phone/paci/pacifier/snack/cup/book/blanket/spoon/food/keys/attention/a/an/the/some/"
                    "from/coat/jacket/bag/purse/hat/sock/socks/shoe/shoes/diaper"),
    **dict.fromkeys(("me quemo", "me queme"), "!" + FOOD_ES),
    "give up": GIVE_UP_GUARD + "/on_sleep/sleep/on/trying_to/going_to_live/going_to_move/i_am_moving/moving_to/i_am_going_to",
    "overdos*": OD_GUARD + "/on_ketamine/risk/symptoms/warnings/warning/on_vitamins/on_prenatal/with_ketamine/"
                "with_the_ketamine/from_ketamine/of_ketamine/at_the_clinic/during",
    **dict.fromkeys(("weapon", "his weapon", "her weapon"), "!against/of_choice/for_the/for_my/in_the_fight"),
    **dict.fromkeys(("not going to do anything", "not doing anything", "will not do anything"), "!about/with/for/special/fun/else/but"),
    # round 10: "can't stay long", "can't stay awake"; "hadn't woken up the baby"; "regalé toda mi ropa de embarazo"
    **dict.fromkeys(("i can not stay", "i cannot stay", "i cant stay", "cant stay", "can not stay", "cannot stay"),
                    "!for/long/until/til/till/after/at/in/home/overnight/awake/up/the_night/the_whole/past/with/to/"
                    "here_long/mad/angry/still/calm/focused/asleep/on/off/away/inside/late/sober/positive/quiet/"
                    "in_this/on_top/patient"),
    **dict.fromkeys(("had not woken up", "hadnt woken up"), "!the/my/her/him/anyone/yet/in_time/on_time/until/til/till"),
    **dict.fromkeys(("regale toda mi", "regale todas mis", "di mis cosas", "le di mis cosas", "di todas mis cosas"),
                    "!ropa_de_embarazo/ropa_de_maternidad/ropa_de_bebe/de_embarazo/de_maternidad/de_bebe/cosas_de_bebe"),
    **dict.fromkeys(("they are from me", "theyre from me", "are from me", "i did them", "i did it to myself",
                     "did it to myself"), "!being/having/giving/carrying/breastfeeding/nursing/pumping/the_baby/when/during"),
    **dict.fromkeys(("gave away all my", "gave all my stuff"), "!maternity/pregnancy/baby/old_baby/newborn"),
    **dict.fromkeys(("the courage", "the nerve"), "!to_ask/to_tell/to_call/to_book/to_go_back/to_try/to_start/to_talk/"
                    "to_say/to_admit/to_reach/to_speak/to_open_up/to_leave_him/to_get_help"),
    # "work up the courage to tell my husband" is a plan to speak up
    **dict.fromkeys(("the courage to", "work up the courage", "need the nerve", "get the nerve", "the guts to"),
                    "!ask/tell/call/book/go_back/try/start/talk/say/admit/reach/speak/open_up/leave_him/get_help/to_ask/"
                    "to_tell/to_call/to_book/to_talk/to_say/to_admit/to_reach/to_speak/to_get_help"),
    **dict.fromkeys(("off the platform", "when the train comes"), "!safely/carefully/with_the_stroller/with_the_baby"),
})

# Guards for every entry of a concept that has none of its own: "pills in the morning", "knife set".
CONCEPT_GUARDS: dict[str, str] = {
    # a baby's things are not the baby: "one more baby gadget"
    "baby": ("!gadget/gadgets/gear/stuff/things/products/product/registry/store/stores/shopping/items/equipment/"
             "monitor/shower/clothes/toys/toy/wipes/shampoo/lotion/formula/food/bottle/bottles/weight/blues/brain/"
             "fat/belly/bump"),
    "meds": DOSE_GUARD, "means": "!safe/safes/lock/locks/cabinet/show/range/class/license/permit/set/sets/block/schedule/toll/traffic/sharpener/skills/club",
}


ENTRY_GUARDS.update({
    # round 12: "that is it for today", "i am out of diapers", "what i am planning for her birthday"
    **dict.fromkeys(("i am out", "that is it"), "!of/for/today/tomorrow/tonight/at/on/with/in/until/til/till/and/to/"
                    "sick/this/next/all/again/here/there/now/right/the/my/a/an/i/we/so/from/by/thanks/thank/lol"),
    **dict.fromkeys(("what i planned", "what i am planning", "been planning it", "i have been planning it"),
                    "!for/to/on/with/at/in/this/next/the/a/out/since/all"),
    **dict.fromkeys(("what i planned", "what i am planning", "after what i am planning"),
                    "!for/to/on/with/at/in/this/next/the/a/out/since/all"),
    "the other way": "!around/round/to/home/back/for/of/i/we/you/if/and",
    **dict.fromkeys(("with what they will get", "with what he will get", "with what she will get"),
                    "!for/from/at/in/on/out/back/as"),
    **dict.fromkeys(("the last time i write", "last time i write", "last time i will write"),
                    "!a/an/the/checks/check/to/in/on/about/you_a/my/it/them/down/notes"),
    **dict.fromkeys(("for someone to find you", "for someone to find me"),
                    "!a/an/the/some/one/another/good/therapist/someone/somebody/help/childcare/daycare/coverage"),
    **dict.fromkeys(("step in front of a", "step in front of the", "walk in front of a", "walk in front of the",
                     "walking in front of a", "walking in front of the", "stepping in front of"),
                    "!stroller/baby/house/mirror/camera/tv/kids/class/store/school/building/door/crib/car_seat"),
    **dict.fromkeys(("leaning a little further", "leaning further", "lean a little further"),
                    "!into/back/towards/toward/to_see/to_reach/for/in/on/forward_in"),
    "bury me in": "!blankets/blanket/pillows/snacks/work/paperwork/laundry/emails/kisses/hugs/cuddles/sand/the_couch",
    **dict.fromkeys(("has enough after", "have enough after"), "!work/school/the/this/that/we/i/dinner/lunch/breakfast/"
                    "bedtime/feeding/feeds/her/his/my"),
    **dict.fromkeys(("promised myself", "i promised myself"), "!a/an/i_would_rest/to_rest/to_sleep/some/more/that_i_would_go/i_would_go"),
    **dict.fromkeys(("just gone",), "!for/to/at/by/in/until/till/when/before/after/from/out/"
                    "now/again/soon/a/an/the/this/all_day/overnight/tomorrow/today/tonight/on/with"),
    "took all of them": "!to/out/home/back/in/off/outside/for/with/on/at/apart/down/up/away",
    "took them all": "!to/out/home/back/in/off/outside/for/with/on/at/apart/down/up/away",
    **dict.fromkeys(("to call me home", "call me home early"), "!to/at/when/after/if/later/tonight/tomorrow/from/so/today"),
    **dict.fromkeys(("i know how and when",), "!to/should/can/do/does/will/would/is/are/i_should/i_can/"
                    "we/you/the/my/she/he/they/it"),
    "im done": "!" + _CHORES.lstrip("!") + "/with/trying_to/for/watching/reading/talking/eating/cooking/scrolling/waiting",
    "i am done": "!" + _CHORES.lstrip("!") + "/with/trying_to/for/watching/reading/talking/eating/cooking/scrolling/waiting",
})


ENTRY_GUARDS.update({
    # round 13: "or any other day", "for him to find me a slot", "say goodbye to a pacifier", "my pills in the morning"
    "or any other one": "!this/next/in/on/that/of/like/for/at",
    **dict.fromkeys(("not because i forgot", "not because i forget"), "!to/the/my/about/it/your/you/her/his"),
    **dict.fromkeys(("for my husband to find me", "for my partner to find me", "for my wife to find me",
                     "for him to find me", "for her to find me", "for them to find me", "for my mom to find me"),
                    "!a/an/the/some/one/another/good/therapist/someone/somebody/help/childcare/daycare/coverage/time/"
                    "slot/my/our/new/cute/attractive/crying/asleep/awake"),
    **dict.fromkeys(("say goodbye to a", "say goodbye to her", "say goodbye to him", "say goodbye to my baby",
                     "say goodbye to my son", "say goodbye to my daughter", "say goodbye to my kids"),
                    "!pacifier/paci/bottle/toy/new/the/breastfeeding/nursing/at/in/before/for/when/each/every/at_daycare"),
    **dict.fromkeys(("checking out early", "check out early", "checked out early"),
                    "!from/of/at/on/to/for/today/tomorrow/tonight/because/this_morning/this_afternoon/this_week"),
    **dict.fromkeys(("wont leave her behind", "wont leave him behind", "will not leave her behind",
                     "will not leave him behind", "not going to leave her behind", "not going to leave him behind",
                     "no lo va a dejar solo", "no la va a dejar sola", "no lo voy a dejar solo", "no la voy a dejar sola"),
                    "!at/for/again/in/on/today/tonight/tomorrow/when/while/en/ni/mientras/cuando/para/nunca/con_la/con_el"),
    **dict.fromkeys(("sin regresar", "sin volver", "para no volver", "para no regresar"),
                    "!a/al/por/hasta/de/en/tarde/con/nunca/a_la/a_casa/a_mi"),
    **dict.fromkeys(("into my palm", "into my palms", "into my skin", "into my thigh", "into my wrist"),
                    "!during/while/when/to_cope_with/for_labor/to_breathe"),
    **dict.fromkeys(("logging off", "log off"), "!work/of_work/for_the/for_now/for_today/for_tonight/early/at/now/"
                    "the/my_computer/from_work/to/zoom/teams/the_portal/of_the"),
    **dict.fromkeys(("walking into the road", "walk into the road", "step into the road", "stepping into the road",
                     "stepped into the road", "walked into the road"), "!to_get/to_grab/to_chase/to_catch/after/with"),
    # a funeral with a date or for someone is an event, not one's own death ("the funeral is friday")
    **dict.fromkeys(("the funeral", "funeral"), "!is/was/for/of/service/services/on/this/next/yesterday/today/tomorrow"),
    "pull my hair out": "!lol/haha/jk/with/over/because/trying/when/in_frustration",
    "pulling my hair out": "!lol/haha/jk/with/over/because/trying/when/in_frustration",
    "im doing it": "!solo/alone/by_myself/on_my_own/all/right/wrong/for/with/at/in/the/this/because/anyway",
    "killing myself": "!trying/to_keep/at_work/working/over/esteem/self_esteem/confidence",
    "life insurance": "!question/questions/quote/quotes/premium/premiums/eligibility/application/applications/"
                      "now_that/since_we/since_the/because_we/now_we",
    **dict.fromkeys(("my pills", "my pill", "my meds", "my medication", "my medicine"),
                    "!in_the_morning/at_night/every/each/with/before/after/on_time/schedule"),
})


# round 14: kept awake by a show, insurance that will cover, a baby latched ("agarró pecho")
# Round 15: an apology for a long message and custody for a weekend are no goodbye.
for _entry in ("sorry everyone", "sorry all"):
    ENTRY_GUARDS[_entry] = "!for_the/for_this/for_my/for_rambling/for_the_long/for_the_rant/for_the_spam/for_the_typos/if/lol/haha"
for _entry in ("who gets him", "who gets her", "who gets the kids"):
    ENTRY_GUARDS[_entry] = "!on/for_the/for_christmas/every/after_school/this_weekend/next_weekend/on_weekends/first"
ENTRY_GUARDS["my will"] = "!to/power/be/is"  # round 15: "my will to cook died" (a will to live is hopelessness, read there)
ENTRY_GUARDS["only thing keeping me"] = "!awake/up/entertained/busy/caffeinated/company"
ENTRY_GUARDS["insurance will"] = "!cover/covers/pay/pay_for/reimburse/approve/count"
ENTRY_GUARDS["agaro"] = ENTRY_GUARDS["agare"] = "!pecho/el_pecho/bien_el_pecho/la_teta/el_biberon/la_mamila/bien"
_NOT_FOR = "!me/my/you/him/her/us/them/the_baby/everyone/everybody/nothing/long/sure/now/a_while/a_long/lack/want/real/sale/" \
    "the_faint/the_weak/kids/children/babies/pregnant/breastfeeding/nursing/use/free/mi/mis/ti/el/ella/nosotros/todos/nada/" \
    "siempre/ahora/venta/ninos/bebes/embarazadas/tanto/usted/ustedes/everyone/all/every/most/some/a_few"
_OVER_BY = "!by/in/within/soon/today/tomorrow/before/at/with/online/for_you/for_me/for_the/for_a/for_your/through/via/remotely/once/when/properly/right/" \
    "correctly/on/and/so/if/after/as/automatically/quickly/fast/first/en/el/la/de/para/con/disponible/trabajando/tan/" \
    "embarazada/amamantando/antes/despues/hasta/por"
ENTRY_GUARDS.update({
    **dict.fromkeys(("not for", "its not for", "no es para", "no son para"), _NOT_FOR),
    **dict.fromkeys(("stop swimming", "stopped swimming", "quit swimming", "going to stop swimming", "dejar de nadar",
                     "dejo de nadar"), "!lessons/lesson/classes/class/at/in/with/for/because/when/since/after/before/"
                                      "during/while/laps/and/until/til/or/en/por/mientras/clases/durante"),
    **dict.fromkeys(("it will be done", "itll be done", "it will all be done", "itll all be done", "it will be over",
                     "itll be over", "itll all be over", "it will be finished", "itll be finished", "ya va a estar hecho",
                     "ya no voy a estar", "ya no estare", "ya todo va a terminar", "todo va a terminar",
                     "todo se va a acabar", "se va a acabar todo"), _OVER_BY + "/pronto/ya/hoy/manana/el_papeleo/mi/tu/su"),
    **dict.fromkeys(("already know how", "ya se como"), "!to/much/many/long/it_works/this_works/the/you/we/they/my/your/"
                    "his/her/our/a/que/se/llegar/usar/funciona/es/el/la/lo/los/las/mucho/cuanto/cuantos/cuantas"),
    **dict.fromkeys(("the beam", "a beam"), "!of/on_the_scale/scale/balance/team/splitter"),
    **dict.fromkeys(("would be high enough", "is high enough", "be high enough"),
                    "!to_qualify/to_get/to_be/to_count/to_need/to_start/for/score/dose/to_help/to_work/to_make/to_matter/"
                    "to_see/to_reach/to_keep/to_hold/so/that/or/and/i/we/then/now/already/yet"),
    **dict.fromkeys(("ganas de brincar", "ganas de saltar", "urge to jump", "the urge to jump"),
                    "!de_alegria/de_gusto/de_felicidad/for_joy/with_joy/in/into/on/at/for/ahead/right/straight/through/up/"
                    "around/the_gun/la_cuerda/a_la_cuerda/en_la/en_el/con/de_la_cama/the_queue/the_line/back"),
    **dict.fromkeys(("found her cutting", "caught her cutting", "found him cutting", "caught him cutting"),
                    "!vegetables/veggies/onions/the/a/an/her_hair/his_hair/fruit/coupons/out/paper/up/bread/food/cake/"
                    "the_cake/apples/grapes/his_nails/her_nails/class/school/corners/back"),
    **dict.fromkeys(("ending things", "ending everything"), "!with/between/off/on/up/at/for/in"),
    **dict.fromkeys(("dig at it", "digging at it"), "!with_a_fork/with_a_spoon/for/to_find"),
    **dict.fromkeys(("my last christmas", "my last birthday", "my last mothers day", "my last thanksgiving", "my last summer",
                     "mi ultima navidad", "mi ultimo cumpleanos", "mi ultimo dia de las madres"),
                    "!before/as/with/without/in/at/pregnant/single/being/alone/apart/here/at_home/off/on/en/antes/sin/con/"
                    "como/embarazada/soltera/was/were/fue/i/we"),
    **dict.fromkeys(("free to go", "im free to go", "then im free"),
                    "!home/to/out/after/back/once/when/shopping/for/on/at/in/with/early/now/right/whenever/anytime"),
    **dict.fromkeys(("wont see me again", "will not see me again", "never see me again"),
                    "!until/til/before/after/at/in/for/this/next/today/tomorrow/on/soon/for_a/like_this/like_that"),
    **dict.fromkeys(("two extra", "taking extra", "taking two extra", "taking a few extra"),
                    "!days/weeks/hours/minutes/steps/classes/shifts/naps/calories/ounces/oz/bottles/feeds/vitamins/"
                    "prenatal/iron/fiber/water/fluids/care/time/precautions/breaks/days_off/pumping/sessions"),
    **dict.fromkeys(("have everything ready", "got everything ready", "everything is ready", "tengo todo preparado"),
                    "!for/para/to/and/by/at/in/on/before/when/so/with/de/con/en/antes/cuando"),
    **dict.fromkeys(("hold her under", "hold him under", "holding her under", "holding him under", "held her under",
                     "held him under"), "!the_arms/her_arms/his_arms/the_armpits/her_armpits/his_armpits/the_shoulders/"
                                        "a_blanket/the_blanket/the_covers/the_tap/the_faucet/her_arm/his_arm"),
    **dict.fromkeys(("step in front of", "stepped in front of", "stepping in front of",
                     "walk out in front of", "walked out in front of", "walking out in front of"),
                    "!the_camera/a_camera/the_mirror/a_mirror/the_class/everyone/people/the_tv/the_kids/him/her/me/you/"
                    "them/the_baby/my_baby/the_door/the_stroller/the_crib"),
})
ENTRY_GUARDS["bridge"] = CONCEPT_GUARDS["means"] + "/to_my/to_the/to_work/to_get/to_pick/traffic/is_closed"


def _idioms() -> str:
    """Death words followed by the idiomatic endings the phrase families already guard against."""
    english = [a.replace("_", " ") for a in DIE_GUARD.lstrip("!").split("/") if a]
    spanish = [a.replace("_", " ") for a in ES_IDIOM.lstrip("!").split("/") if a]
    pairs = [f"{head} {tail}" for head in ("die", "dying", "died", "dead", "death") for tail in english]
    pairs += [f"{head} {tail}" for head in ("muerta", "muerto", "muero", "morir", "morirme", "muriendo")
              for tail in spanish]
    return "/".join(dict.fromkeys(pairs + ["the funeral was", "funeral was", "at the funeral", "went to a funeral", "a funeral", "the funeral for", "funeral for", "funeral of", "funeral de", "al funeral", "el funeral", "dead on my feet", "death of me", "rip my", "rip to my", "tragic death", "died a tragic", "de muerte", "dead tired", "to die for", "dying for"]))  # each once


LEXICON["idiom"] = _idioms() + LEXICON.get("idiom", "")
LEXICON["meds"] += "/" + "/".join(  # every medicine the phrase families know that is not listed yet
    means for means in MEANS.replace("_", " ").split("/") if means not in {e.strip() for e in LEXICON["meds"].split("/")})

# Concepts that carry the idea of dying, ending or harm; the rest frame it (who, when, how).
CORE = ("death wish_dead dead method means meds farewell bye absence burden hopeless with_me attempt self_harm "
        "baby_harm deadly psychosis screen hoard self_end relapse").split()
# A core concept and the framings or other core concepts that make it sure (CRISIS).
SURE_WITH: dict[str, str] = {
    "death": "plan time burden farewell bye means method with_me absence hopeless image_urge attempt access",
    "dead": "plan time burden farewell bye means method with_me absence hopeless image_urge attempt",
    "method": "plan time means access image_urge question hopeless farewell bye absence burden with_me "
              "attempt body",
    "means": "setting image_urge access amount question time plan body hopeless farewell absence with_me burden attempt",
    "meds": "setting access amount lethal plan hopeless farewell absence with_me burden attempt death dead method",
    "lethal": "means method plan absence death amount meds",
    "deadly": "meds means method access serious plan time self_harm image_urge",
    "self_harm": "on_purpose repeated body hopeless attempt time hiding marks",
    "hiding": "body self_harm",
    "stopped_meds": "on_purpose hopeless death wish_dead",
    "wish_dead": "image_urge time plan hopeless",
    "farewell": "absence time plan burden hopeless baby bye with_me just_in_case setting",
    "hoard": "meds amount lethal deadly hopeless plan covert time death absence farewell burden stopped_meds",
    "covert": "method_q hoard research",
    "research": "means meds lethal deadly method",
    "forever": "burden hopeless absence bye farewell accept goodnight",
    "accept": "dead death method means",
    "self_end": "forever image_urge hopeless time plan",  # "I want to turn myself off. permanently"
    "relapse": "self_harm",
    "poison": "plan hopeless burden death drink_it",  # round 16: "not that i'd drink it. well"
    "estate": "hopeless burden plan farewell absence death",
    "unstoppable": "plan means meds method time",
    "bye": "time plan absence burden hopeless with_me",
    "burden": "absence hopeless plan with_me",
    "absence": "time plan hopeless with_me image_urge",
    "with_me": "hopeless time plan absence death farewell",
    "emoji": "on_purpose time plan death absence farewell hopeless burden",
    "hopeless": "time plan attempt",
    "ease": "means method",
    "attempt": "time image_urge",
    "baby_harm": "image_urge on_purpose repeated place plan time intensity",
    "plan": "time",
    "identify": "euphemism",  # "I get why those moms do it"
    "question": "self_harm",
    # round 10: a death or mishap hoped for; a near-attempt with its place; a note and the courage; marks
    # said to be one's own doing; a limit to cross; "I can't stay" beside a farewell or the children
    "befall": "welcome",
    "near_attempt": "means method place setting",
    "note": "courage absence time plan meant_it",  # round 11: "found my note... i meant it"
    "marks": "mine hiding",
    "mine": "marks self_harm",
    "exceed": "meds lethal deadly amount",
    "cant_stay": "farewell bye baby",
    "successor": "hopeless burden plan farewell absence death",
    # round 12: one's funeral with a plan or an image; a way out after a deadline, with a time or a plan
    "own_funeral": "plan time image_urge serious farewell absence",
    # round 14: the same wish after a hold; the reason to stay wearing thin
    "after_hold": "unchanged",
    "fading": "hopeless resisting",
    "written": "farewell",
    "breath_stop": "question meds means amount method",
    "after_me": "absence farewell plan time",
    # round 13: a burn or scratches on purpose; "goodnight everyone" forever; checking out with the exit planned
    "unneeded": "where_going",
    # round 15: a lethal dose with the drug at hand; a death planned; an urge no longer fought; "again" as intent
    "planning_own": "dead death own_funeral",
    "overdose_q": "access",
    "give_in": "image_urge method means",
    # round 16: the baby no longer needing one, then going; found after "doing it"; a freedom after giving away
    "released": "can_go",
    "found_by": "euphemism absence method means",
    "free_after": "farewell given_away",
}
# Alone, these are worth the gentle check-in (CONCERN).
CONCERN_ALONE = ("hoard deadly psychosis screen denial emoji wish_dead death method farewell absence burden hopeless plan "
                 "baby_harm with_me attempt self_end relapse conceal unstoppable successor own_funeral after_me took_all handover "
                 "means_removed when_decided").split()
# Pairs worth the check-in but not sure on their own.
CONCERN_PAIRS = ("baby_means pron image_urge", "baby_means baby image_urge", "meds time", "violence baby", "place image_urge", "meds question", "hiding hopeless", "place image_urge pron", "setting image_urge pron", "research method_q",
    # round 8: how a person dies or survives, a poison on a body; arrangements for one's own death; an
    # ending made permanent or wished; a means approached; intrusive images of a baby; a bottle at hand
    "fatal fatal_q", "fatal person", "survive person", "poison person", "poison fatal", "poison lethal",
    "poison image_urge", "estate if_gone", "insurance if_gone", "estate deadline", "provided alone",
    "ending forever", "ending image_urge", "ending hopeless", "approach means", "electric bath access",
    "electric bath image_urge", "intrusive baby", "intrusive pron", "amount access",
    # round 9: a height measured from a place ("on the balcony doing the math on how high up we are")
    "place lethal",
    # round 10: long sleep or a switch made permanent; a decided date for "doing it"; a check asked for on
    # someone who apologised; "I tried" with a goodbye
    "sleep_long forever", "switch_off forever", "plan euphemism date", "check_on sorry", "tried_all bye",
    # round 11: thanks passed on through someone; a bad reason behind a question; a danger thought over; the
    # last page waiting to be closed; a hedged "not tonight"; kept secret until it is done
    "proxy thanks_trying", "bye thanks_trying", "bad_reason baby", "bad_reason fatal_q", "bad_reason lethal", "bad_reason meds",
    "bad_reason means", "considering danger_q meds", "considering danger_q means", "considering lethal", "considering deadly", "last_page ready_end",
    "not_doing time hedge", "after_done secret", "setting sealed image_urge", "brain_offers appliance",
    "brain_offers baby",
    # round 12: a way out after a deadline set for oneself; a lethal amount asked about; a skull meant
    "ultimatum exit", "heart_stop question", "skull serious", "not_myself welcome", "not_myself image_urge",
    "unseen image_urge pron", "unseen image_urge baby", "sits_in means",
    # round 13: a goodbye to a child with a when; a medicine in a baby's feed to quiet the baby; a
    # battery run down and not recharged; a birthday not to be had again; things not needed where one goes
    "goodbye_child time", "goodbye_child plan", "meds dosed_feed quieting",
    "depleted no_recharge", "birthday no_more", "unneeded where_going", "game_life quit_game",
    # round 14: a pet left to someone "after"
    "given_away after_unsaid",
    # round 16: a dangerous place that draws one; a poison and a drink half denied; a custody or will before
    # one dies; one's things given away and not needed
    "lure means", "lure method", "kills_q meds", "kills_q amount", "estate dead", "given_away unneeded", "last_page ending", "found_by")
# Three concepts that are sure together though no two of them are: violence to a child, framed.
SURE_TRIPLES = tuple(f"violence pron {third}" for third in ("intensity", "image_urge", "on_purpose")) + (
    "violence baby intensity", "violence baby repeated", "violence pron repeated", "violence repeated body", "heat repeated body", "violence baby_means image_urge", "ease image_urge pron", "ease image_urge baby", "ease means image_urge", "place image_urge baby", "violence baby image_urge", "violence baby on_purpose", "violence on_purpose body", "heat on_purpose body",
    "violence body meant_it", "violence baby meant_it", "violence pron meant_it",
    "own_meds dosed_feed quieting", "birthday no_more plan")
# One step down (CRISIS to CONCERN, CONCERN to nothing): a TV plot or a toddler, "I'm safe", a joke,
# an accident, a question about dosing or a chore ("so done with pumping").
SOFTENERS = frozenset({"story", "media", "safe", "softener", "others", "laugh", "throw_thing"})
# Framings that take a phrase-family match down to the check-in (a joke does not: "i want to die lol").
FRAMES = frozenset({"media", "safe", "chore_injury", "others", "label_dose"})
# A question about medication or treatment softens only the rules about medicines and methods.
MEDICAL_RULES = frozenset({"meds", "method", "baby_harm", "means", "deadly"})
# Arrangements for one's own death, and not wanting to be stopped: "planning ahead", a story about the
# kids or "just wondering" is what such a message says, so those do not soften it.
ARRANGEMENTS = frozenset({"if_gone", "estate", "provided", "unstoppable", "successor", "date", "handover",
                          "when_decided"})
# Said to be an accident, an injury or a blow is not self-harm nor harm to the baby.
ACCIDENT_RULES = frozenset({"self_harm", "violence", "baby_harm"})
# What a death survived and told as over explains: the death, how and when, nothing wished.
SURVIVED_RULES = frozenset({"dead", "death", "method", "time"})


# Round 21: too much of something taken on purpose; on a balcony or a bridge "right now"
SURE_WITH["lethal"] += " on_purpose"
SURE_WITH["wish_dead"] += " recurs"  # "stop wanting to die for a few days and then it comes right back"
CONCERN_PAIRS += ("place access time",)

# Round 23: a burn done on purpose or hidden; a means bought "not for" its use; a plan tied to a day; a
# cover story taken back; a bag packed for the last trip; leaving early with God named; too much taken on purpose
SURE_WITH.update({"burn_act": "on_purpose hiding", "not_for": "means", "took_extra": "on_purpose serious",
                  "day": "plan method death absence farewell forever"})
SURE_WITH["accept"] += " not_make_it"  # "not going to make it through this week and I'm ok with that"
SURE_WITH["forever"] += " done_deal"  # "it'll be over for good"
ARRANGEMENTS |= {"cover_story"}  # "I told him it was the cat": a pet named in the cover story softens nothing
SURE_WITH["farewell_act"] = "unnoticed"  # "me estoy despidiendo ... sin que se den cuenta"
MEDICAL_RULES |= {"spare_day"}  # "I'll wait until after Christmas to start treatment so I don't ruin it"
CONCERN_PAIRS += ("see_soon grave_ctx", "spare_day waiting_for", "took_extra see_what", "alcohol meds alone", "heat on_purpose", "affairs calm_finally", "affairs numb_end", "setting thanks_trying", "done_deal day", "cover_story not_so", "packed not_for", "packed last_trip", "early_exit faith")

# Round 24, from batch 24's misses generalised into families and 88 wordings of our own (tests/test_concepts.py):
# a household poison or a blade that "looks different to me now", "keeps catching my eye" or "me llama"; an open
# window or ledge with a height ("9th floor"); one's own death set as the condition of a practical question ("can
# it go to my husband if I'm dead by then"); an urge toward the baby's soft spot; a date picked and tied to the
# baby's milestone; "doing it" while the baby is safe in the crib until someone comes home; telling where one
# will be, at a lookout or a bridge; "gone soon. promise"; days of bottles prepped with the baby's schedule left
# for the partner; the plan "still there" after telling a clinician one was fine. Each is a pair (or a triple)
# for the check-in unless said sure, and each has its everyday reading explained (EXPLAINED_BY): a window open
# for the heat, bottles prepped for daycare, a lookout visited with family.
_HIGH_FLOORS = "/".join(
    [f"{n}{'th' if 10 <= n % 100 <= 20 or n % 10 > 3 or n % 10 == 0 else ('st', 'nd', 'rd')[n % 10 - 1]} floor"
     for n in range(4, 61)]
    + [f"piso {n}" for n in range(4, 61)] + [f"{n} floors" for n in range(4, 61)] + [f"{n} stories" for n in range(4, 61)]
    + [f"{n} pisos" for n in range(4, 61)]
    + [f"{w} floor" for w in "fourth fifth sixth seventh eighth ninth tenth eleventh twelfth fifteenth twentieth".split()]
    + ["floors down", "stories down", "long way down", "pisos abajo", "top floor", "ultimo piso"])
ROUND_TWENTY_FOUR: dict[str, str] = {
    "draws_me": """looks different to me/look different to me/looking different to me/looked different to me/looks different now/look different now/looks different lately/
        looking at it differently/look at it differently/differently lately/differently now/differently these days/
        keeps catching my eye/keep catching my eye/keeps catching my attention/me llama/me llaman/me esta llamando/
        me estan llamando/me sigue llamando/me siguen llamando/keeps calling me/keep calling me/calls me/call me/
        call to me/calling to me""",
    "way_out": "looks like a way out/look like a way out/like a way out/looking like a way out/como una salida/"
               "like an exit/como la salida",
    "sharp": "tijeras/las tijeras/la navaja/el cuchillo/los cuchillos",
    "poison": "pesticida/veneno/el veneno/rat bait/destapacanos/el destapacanos",  # plurals read through the singular
    "open_window": """window is open/window open/windows open/window was open/opened the window/opened the bedroom window/
        open window/the open window/window opens/window wide open/on the sill/the sill/window sill/windowsill/
        on the ledge/the ledge/ventana abierta/ventana esta abierta/abri la ventana/en la orilla de la ventana""",
    "high_floor": _HIGH_FLOORS,
    "window_word": "window/the window/ventana/la ventana",
    "opened": "is open/are open/was open/wide open/opened/esta abierta/abierta",
    "affection": "kiss/kisses/kissing/smell/sniff/snuggle/cuddle/besar/besarle/oler/olerle/apapachar",
    "airing": """so hot/its hot/its so hot/too hot/the heat/hot in here/fresh air/air out/to air/airing/breeze/stuffy/
        the smell/smoke/too cold/so cold/cold/air conditioning/the ac/the a c/mosquitos/bugs/the screen/window screen/
        window guard/window guards/window lock/window locks/childproof/hace calor/mucho calor/aire fresco/ventilar/
        hace frio/el mosquitero""",
    "if_dead": """if i am dead/if i am not alive/if i am no longer alive/if i am no longer here/if i am not here anymore/
        if i am not around anymore/in case i am dead/when i am dead/if i die before/if i am gone by/
        si ya no estoy/si ya no estoy aqui/si ya no existo/si me muero antes/si para entonces ya no estoy""",
    "by_then": "by then/by the time/para entonces/para la cita/before the last session/before my appointment/for it",
    "soft_spot": "soft spot/soft spots/fontanel*/la mollera/su mollera/mollerita/his skull/her skull",
    "date_set": """date picked/picked a date/picked the date/the date is set/date is set/date set/chose the date/
        chosen the date/date is picked/the date is picked/date is chosen/decided on a date/decided the date/decision about when/decided when/ya tengo la fecha/
        ya escogi la fecha/ya elegi la fecha/escogi la fecha""",
    "milestone": """month birthday/half birthday/first birthday/1st birthday/turn one/turn 1/checkup/christening/baptism/
        bautizo/first steps/starts walking/primer cumpleanos/cumple un ano/cumpla un ano/after the cake/after the party""",
    "baby_safe": """safe in the crib/safe in her crib/safe in his crib/fine in the crib/fine in her crib/fine in his crib/
        ok in the crib/okay in the crib/safe in the playpen/safe in the pack n play/be safe in/will be safe in/
        asleep in the crib/segura en la cuna/seguro en la cuna/segura en su cuna/seguro en su cuna/
        during nap time/during her nap/during his nap/while she naps/while he naps/while she sleeps/while he sleeps/
        mientras duerme/mientras esta dormida/mientras esta dormido""",
    "until_home": """until my husband gets home/until my husband gets back/until her dad comes home/until his dad comes home/
        until her dad gets home/until his dad gets home/until someone gets home/until somebody gets home/
        until my partner gets home/until my wife gets home/until my mom comes/until he gets home/until she gets home/
        until daddy gets home/hasta que llegue mi esposo/hasta que llegue su papa/hasta que llegue alguien/""" + "/".join(
        f"until {n}" for n in range(1, 13)),
    "absence": "until my husband finds me/until someone finds me/until he finds me/hasta que me encuentre",
    "euphemism": "then its done/then it is done/then it will be done/si lo hago/cuando lo haga",
    "intensity": "hasta que se callara/hasta que se callo/until she was quiet/until he was quiet/"
                 "until she shut up/until he shut up/until she stopped/until he stopped",
    "whereabouts": """where i will be/where ill be/ill be at the/i will be at the/in case anyone looks for me/
        if anyone looks for me/if anyone asks/letting you know/letting someone know/just so someone knows/so someone knows/
        heading to the/i am going to the/donde voy a estar/voy a estar en el/voy a estar en la/para que sepan donde""",
    "lookout": """overlook/the overlook/lookout/the lookout/scenic point/vista point/mirador/el mirador/
        canyon/garage roof/parking garage roof/the roof/el techo/la azotea""",
    "outing": """with my family/with my husband/with the kids/with the baby/with friends/hiking/picnic/vacation/trip/
        reschedule/late/traffic/running late/appointment/con mi familia/de vacaciones/con los ninos""",
    "gone_soon": "gone soon/gone very soon/gone before long/me voy pronto/ya me voy pronto/pronto me voy/ya pronto me voy",
    "vow": """promise/i promise/lo prometo/te lo prometo/dont worry about me/do not worry about me/no te preocupes por mi/
        no se preocupen por mi/better this way/mejor asi""",
    "provisions": """for the next 3 days/next 3 days/next three days/next few days/next couple days/for a week/for the week/
        for a month/for the next week/for the next month/para 3 dias/para tres dias/para una semana/para un mes/
        para los proximos dias""",
    "instructions": """wrote down her schedule/wrote down his schedule/wrote down the schedule/wrote out her routine/
        wrote out his routine/wrote down all her/wrote down all his/left instructions/left a list for/all written down/
        le escribi el horario/deje instrucciones/deje escrito/wrote down the babys/wrote down her/wrote down his""",
    "need_it": """going to need it/he will need it/hel need it/she will need it/he will have to/wont know how/
        do it alone/manage without me/lo va a necesitar/la va a necesitar/lo van a necesitar""",
    "away_reason": """daycare/traveling/travelling/trip/work trip/business trip/my infusion/infusion/appointment/c section/
        surgery/hospital stay/the hospital/conference/guarderia/viaje/cirugia""",
    "lied_clinic": """i lied/lied to my/lied on the/lied again/smiled through/think i am fine/
        told my therapist i was fine/told my doctor i was fine/told the nurse i was/told my psychiatrist i was/
        said i was fine/said no on/menti/le menti/dije que estaba bien""",
    "plan_still": """plan is still there/plan is still/plan has not changed/plan hasnt changed/still have the plan/
        plan still there/still have it planned/still have it all planned/el plan sigue/sigue ahi el plan/still thinking about it/
        still know how/sigo pensandolo""",
}
_extend(ROUND_TWENTY_FOUR)
ENTRY_GUARDS.update({
    **dict.fromkeys(("date picked", "picked a date", "picked the date", "the date is set", "date is set", "date set",
                     "chose the date", "chosen the date", "decided on a date", "decided the date", "date is picked",
                     "the date is picked", "date is chosen"),
                    "!for/to/with/of/on/at"),  # "we picked a date for her first birthday party"
    **dict.fromkeys(("catches my eye", "keeps catching my eye", "keep catching my eye", "keeps catching my attention"),
                    "!at/in/on/because/every/lol"),  # "...at the store because it's on sale"
    **dict.fromkeys(("calls me", "call me", "keeps calling me", "keep calling me"),
                    "!back/about/at/on/every/when_i_am_late/to_ask/to_say/and/at"),
    **dict.fromkeys(("gone soon", "gone very soon", "gone before long"), "!the/so/but/and/that/these/those"),
})
SURE_WITH["way_out"] = "poison means meds method"  # "the bleach ... looks like a way out"
SURE_WITH["plan_still"] = "lied_clinic"  # "told my therapist I was fine. I lied. the plan is still there"
CONCERN_PAIRS += ("draws_me poison", "draws_me means", "open_window high_floor", "window_word opened high_floor", "if_dead insurance", "if_dead by_then", "if_dead adult",
                  "image_urge soft_spot pron", "image_urge soft_spot baby", "violence image_urge intensity",
                  "date_set milestone", "date_set date", "euphemism baby_safe until_home", "euphemism baby_safe absence",
                  "euphemism until_home", "whereabouts lookout", "whereabouts means", "gone_soon vow",
                  "provisions instructions", "provisions need_it", "instructions need_it", "sharp draws_me")
ARRANGEMENTS |= {"provisions", "instructions"}  # "diapers and formula for a month" softens nothing
MEDICAL_RULES |= {"draws_me"}  # "I look at the bleach differently, is it safe to clean bottles with it"
# Round 25: a time after which nothing will matter ("can it be friday? after that it won't matter anymore"); sleep
# hoped to be the end ("gonna go to sleep and hopefully that's it"); someone else's warning signs told by the one
# who worries (a pet or things given away, calls to say "I love you" or goodbye, "he's never like this"). Each is a
# check-in; the everyday reading is explained (a deadline, a price or a plan that changes; the night feeds; a move).
ROUND_TWENTY_FIVE: dict[str, str] = {
    "after_point": """after that/after this/after the/after then/after friday/after monday/after tuesday/after wednesday/
        after thursday/after saturday/after sunday/after this week/after this weekend/after tomorrow/after tonight/
        after the appointment/after the infusion/after my appointment/after my infusion/after next week/
        despues de eso/despues de esto/despues del viernes/despues del lunes/despues del sabado/despues del domingo/
        despues de esta semana/despues de manana/despues de la cita""",
    "no_matter": """will not mater anymore/wil not mater anymore/nothing wil mater/nothing will mater/nothing is going to mater/
        wil not mater to me/will not mater to me/not going to mater anymore/does not mater anymore/
        none of it wil mater/none of it will mater/nada va a importar/ya no va a importar/ya no importa nada/
        ya nada va a importar/ya no me va a importar/nada de esto va a importar""",
    "settled": """deadline/insurance/the price/price/the cost/the bill/the new plan/new plan/coverage/the rate/which/
        what they charge/the copay/enrollment/the fee/el precio/el seguro/la fecha limite""",
    "to_sleep": """go to slep/going to slep/gona slep/going to go to slep/go to bed/going to bed/gona go to bed/
        lie down/take a nap/me voy a dormir/voy a dormir/me voy a acostar""",
    "hope_end": """hopefuly that is it/hopefuly that is the end/hopefuly it is the end/hopefuly this is it/
        hopefuly that wil be it/hopefuly it is over/hopefuly thats it/and that is the end of it/
        ojala sea todo/ojala sea el final/ojala ya sea todo/ojala ya se acabe todo""",
    "their_giving": """gave our dog/gave away our dog/gave his dog/gave her dog/gave the dog/gave the cat/gave our cat/
        gave his cat/gave her cat/gave away his/gave away her/giving away his/giving away her/giving his stuff/
        giving her stuff/gave me his/gave me her/regalo al perro/regalo su perro/regalo sus cosas/regalo a su perro/
        esta regalando sus cosas""",
    "love_calls": """to say he loves them/to say she loves them/say he loves them/say she loves them/
        telling everyone he loves/telling everyone she loves/said he loves me/said she loves me/say he loves me/
        say she loves me/to say goodbye/said goodbye to his/said goodbye to her/calling everyone to say/
        calling people to say/decirles que los quiere/decirles que las quiere/para despedirse/se despidio de""",
    "unlike_them": """never like this/is not like him/is not like her/this is not him/this is not her/not himself/
        not herself/scary quiet/so quiet lately/out of nowhere/he never says that/she never says that/
        nunca es asi/no es el/no es ella""",
    "ordinary_reason": """moving/we are moving/are moving/engaged/got engaged/pregnant/for the baby/new baby/allergic/
        allergies/the landlord/no pets/vacation/trip/deployment/deployed/wedding/nos mudamos/mudanza""",
    "night_care": """night feeds/night feed/the feeds/till morning/until morning/for the night/for tonight/the headache/
        for now/for today/hasta la manana""",
}
_extend(ROUND_TWENTY_FIVE)
ENTRY_GUARDS.update({
    **dict.fromkeys(("hopefuly that is it", "hopefuly thats it", "hopefuly this is it"),
                    "!for_the/for_tonight/for_now/for_today/for_this/for_a/for_my/for_her/for_his/til/till/until/with/on/hasta"),  # "...hopefully that's it for the night feeds"
})
# Signs seen in someone else are a story told by the one who worries: "his brother", "the pediatrician" soften nothing.
TOLD_OF = frozenset({"their_giving", "love_calls", "unlike_them"})
CONCERN_PAIRS += ("after_point no_matter", "to_sleep hope_end", "their_giving love_calls", "their_giving unlike_them",
                  "love_calls unlike_them")
# Round 25, from the rules-alone misses: cuts kept open; intrusive thoughts no longer unwanted; "me ending" as the
# ending; someone asked for to talk one out of it; goodbyes said that the others took for drama.
ROUND_TWENTY_FIVE_B: dict[str, str] = {
    "reopen": """reopening them/reopen them/reopened them/reopen the/reopening the/reopen my/reopening my/
        open them again/opened them again/open them up again/opened them up again/picking them open/pick them open/
        picking the cuts open/keep picking the/las vuelvo a abrir/volver a abrirlas/los vuelvo a abrir/vuelvo a abrirlas""",
    "wound": "cuts/the cuts/my cuts/old cuts/scabs/the scabs/cortadas/las cortadas/heridas/las heridas/wounds",
    "skin_care": """tattoo/piercing/c section/incision/stitches/eczema/acne/bug bites/mosquito bites/paper cuts/
        nipple/nipples/blister/cesarea/la herida de la cesarea""",
    "thoughts_word": "thoughts/the thoughts/intrusive thoughts/scary thoughts/dark thoughts/pensamientos/los pensamientos",
    "urge_owned": """not intrusive anymore/are not intrusive/do not feel intrusive/does not feel intrusive/
        not unwanted anymore/are not unwanted/do not scare me anymore/does not scare me anymore/stopped scaring me/
        no longer scare me/no longer scares me/ya no me asustan/ya no me dan miedo""",
    "intrusive_word": "intrusive thoughts/intrusive thought/scary thoughts/dark thoughts/pensamientos intrusivos",
    "want_to": "kind of want to/part of me wants to/i think i want to/now i want to/creo que si quiero/ya quiero hacerlo",
    "recovered": """therapy helped/since therapy/since starting/the meds helped/meds are helping/helped me/i learned/
        just thoughts/only thoughts/cbt/erp/my therapist taught/ya me ayudo/la terapia me ayudo""",
    "self_end": """me ending/is me ending/with me ending/ending is me/ending i see is me/ending and it is mine""",
    "talk_out": """talk me out of it/talk me out of this/talks me out of it/talk me down/convenza de no hacerlo/
        me convenza de no""",
    "help_seek": """need the number/the number for/someone who can/who do i call/who can i call/is there someone/
        i need someone/need someone to/necesito alguien/alguien que/hotline""",
    "purchase": "buying/buy/bought/expensive/on sale/haircut/bangs/tattoo/cart/order/amazon/comprar/quit my job",
    "dismissed": """think i am being dramatic/thinks i am being dramatic/think i am overreacting/thinks i am overreacting/
        laughed it off/creen que exagero/cree que exagero/do not get that i mean it/thinks i am just tired/
        think i am just tired/think i am just being dramatic/thinks i am just being dramatic""",
    "trip_words": "airport/flight/moving/visit/drop off/dropped off/graduation/aeropuerto/vuelo",
}
_extend(ROUND_TWENTY_FIVE_B)
ENTRY_GUARDS.update({
    **dict.fromkeys(("me ending", "is me ending", "with me ending"),
                    "!up/the/a/my/our/this/that/it/things/his/her/their/calls/contract"),  # "me ending the call"
    **dict.fromkeys(("reopen the", "reopening the", "reopen my", "reopening my"),
                    "!clinic/office/account/case/ticket/claim/store/shop/file/app/door/window/incision"),
})
CONCERN_PAIRS += ("reopen wound", "thoughts_word urge_owned", "intrusive_word want_to", "talk_out help_seek",
                  "talk_out time", "farewell dismissed", "bye dismissed")
# A step off a height, and a means right beside one ("the knife is right next to me on the bed"): check-ins.
ROUND_TWENTY_FIVE_C: dict[str, str] = {
    "step_off": "step off/stepping off/just step off/step right off/dar un paso al vacio",
    "near_me": "next to me/right next to me/beside me/right beside me/a mi lado/junto a mi",
    "craft": """craft/crafts/project/sewing/wrapping/wrapping paper/coupons/cut out/scrapbook/fabric/yarn/
        chop/chopping/onions/dinner/cooking/cocinar/manualidades""",
}
_extend(ROUND_TWENTY_FIVE_C)
ENTRY_GUARDS.update(dict.fromkeys(("step off", "stepping off", "just step off", "step right off"),
                                  "!the_curb/the_scale/the_bus/the_train/the_plane/the_elevator/the_boat/the_treadmill/"
                                  "the_stage/the_ladder/a_ladder/the_stool/the_escalator/the_porch/the_sidewalk/the_rug/the_mat/the_carpet"))
EXPLAINED_BY_C = {"near_me": frozenset({"craft", "kitchen", "cooked"})}  # "my scissors are beside me for the craft project"
CONCERN_PAIRS += ("step_off place", "step_off lookout", "step_off high_floor", "means near_me")
# A past attempt and what one would do differently now; telling God one is ready; what one pictures doing to the
# baby; a means that feels nice. Check-ins; a chore redone, a craft or the kitchen explain the everyday reading.
ROUND_TWENTY_FIVE_D: dict[str, str] = {
    "redo": """what i would do differently/what i would do different/what id do different/what id do differently/
        get it right this time/do it right this time/get it right next time/haria diferente/lo haria diferente/
        lo haria mejor/what i did wrong last time""",
    "tried_past": "i tried/tried back in/tried last/tried before/tried once/lo intente/intente/how i did it/como lo hice",
    "redo_chore": """breastfeeding/nursing/pumping/sleep training/labor/birth/delivery/epidural/nursery/baby shower/
        recipe/diet/potty training/infusion/ketamine/treatment/session/appointment/lactancia/parto/la receta""",
    "ready_god": """tell god i am ready/told god i am ready/telling god i am ready/i am ready lord/i am ready god/
        lord i am ready/god i am ready/lord come get me/god come get me/come get me lord/come get me god/
        le digo a dios que estoy lista/le digo a dios que ya estoy lista/senor ven por mi/dios ven por mi/
        diosito ven por mi/estoy lista senor""",
    "intrusive": "what i picture doing/because of what i picture/of what i picture/lo que me imagino haciendo/me imagino haciendo",
    "soothing": "feels nice/feel nice/felt nice/feels so nice/se siente bien/se siente rico",
    "leisure": "pool/swim/swimming/beach/hot tub/jacuzzi/massage/spa/sauna/la alberca/la piscina/nadar",
}
_extend(ROUND_TWENTY_FIVE_D)
ENTRY_GUARDS.update(dict.fromkeys(("tell god i am ready", "told god i am ready", "telling god i am ready", "i am ready lord",
                                   "i am ready god", "lord i am ready", "god i am ready"),
                                  "!for/to_accept/to_serve/to_listen/to_follow/to_learn/to_forgive/to_trust/to_obey"))
ENTRY_GUARDS.update(dict.fromkeys(("what i picture doing", "because of what i picture", "of what i picture"),
                                  "!for/with/in/to/when/on/at"))  # "...exactly what i picture doing for the nursery"
CONCERN_ALONE = CONCERN_ALONE + ["ready_god"]
CONCERN_PAIRS += ("redo tried_past", "redo attempt", "soothing means")
EXPLAINED_BY_D = {"redo": frozenset({"redo_chore"}), "soothing": frozenset({"craft", "kitchen", "cooked", "outing", "leisure"})}
# Hurting the baby pictured (also in Spanish); going under the bath water and staying there; someone "who hurts
# herself" asked about "for me"; cuts that "let the pressure out"; the number of pills it would take. Check-ins.
ROUND_TWENTY_FIVE_E: dict[str, str] = {
    "intrusive": """picture myself hurting/picturing myself hurting/imagine myself hurting/see myself hurting/
        me imagino lastimando/me imagino haciendole dano/me veo lastimando""",
    "under_stay": """sliding under and staying/slide under and stay/slip under and stay/slipping under and staying/
        go under and stay/going under and staying/staying under/stay under/and staying there/and stay there/
        hundirme y quedarme/quedarme abajo del agua""",
    "their_harm": "hurts herself/hurts himself/hurting herself/hurting himself/se lastima a si misma/se lastima sola",
    "for_me": """asking for me/asking for myself/it is for me/its for me/for me honestly/asking for a friend/
        pregunto por mi/es para mi""",
    "relief": """let the pressure out/let some pressure out/release the pressure/to feel something/help me feel something/
        do not count/sacar la presion/para sentir algo/no cuentan""",
    "the_number": "know the number/the number of pills/the exact number/saber el numero/el numero exacto",
    "supply": "supply/refill/refills/prescription/insurance/pharmacy/per day/a day/a month/dosage/surtido/receta/farmacia",
}
_extend(ROUND_TWENTY_FIVE_E)
CONCERN_PAIRS += ("bath under_stay image_urge", "their_harm for_me", "self_harm relief", "meds the_number",
                  "amount the_number")
# "asking for me I guess", "I just want to know the number": the disguise is what such a message says, so a "just"
# or a story does not soften these either.
TOLD_OF = TOLD_OF | {"for_me", "the_number"}
EXPLAINED_BY_E = {"relief": frozenset({"skin_care", "purchase", "chore_injury", "kitchen"}),
                  "under_stay": frozenset({"leisure"}), "the_number": frozenset({"supply"})}
# Oneself likened to a candle one is ready to let go out (not the candle on the table); one's own funeral planned "is it normal to..." (an
# arrangement: a question or the night feed does not soften it).
ROUND_TWENTY_FIVE_F: dict[str, str] = {
    "self_candle": "like a candle/i am a candle/im a candle/my flame/my candle/soy una vela/como una vela/mi llama",
    "let_go_out": """let it go out/let it burn out/let the flame go out/let myself go out/let myself burn out/
        dejar que se apague/dejarla apagarse/ya se apago""",
}
_extend(ROUND_TWENTY_FIVE_F)
CONCERN_PAIRS += ("self_candle let_go_out", "depleted let_go_out")
ARRANGEMENTS |= {"own_funeral"}
# What explains a round-24 rule's concept: the rule is passed over when one of these is in the window.
# mend50: what stops an explainer explaining ("spilled the rest ... on purpose", "soy torpe ... hasta sangrar")
EXPLAIN_VOID: dict[str, frozenset[str]] = {}
EXPLAINED_BY: dict[str, frozenset[str]] = {
    "open_window": frozenset({"airing"}), "window_word": frozenset({"airing"}), "soft_spot": frozenset({"affection"}), "whereabouts": frozenset({"outing"}),
    "provisions": frozenset({"away_reason"}), "instructions": frozenset({"away_reason"}),
    "no_matter": frozenset({"settled"}), "hope_end": frozenset({"night_care"}),
    "their_giving": frozenset({"ordinary_reason"}), "love_calls": frozenset({"ordinary_reason"}),
    "reopen": frozenset({"skin_care"}), "urge_owned": frozenset({"recovered"}), "want_to": frozenset({"recovered"}),
    "talk_out": frozenset({"purchase"}), "dismissed": frozenset({"trip_words", "outing", "away_reason"}),
    **EXPLAINED_BY_C, **EXPLAINED_BY_D, **EXPLAINED_BY_E,
}


# Round 26, from the rules-alone misses of batch 26 read as families (wordings of our own in tests/test_concepts.py).
# Each is a check-in, never the sure tier, and each needs two ideas: an end to the days wished for ("no more
# mornings"); a count of past tries with another one in mind; an exit strategy of one's own; one's head struck
# against a wall again and again or till it marks; water or a place that calls one's name; care released because
# one "won't need" it, with thanks or the chart handed on; gas left on with oneself inside; an overdose pictured as
# peaceful; a wound covered and a cover story that is not so ("we don't even have a cat"); a joke taken back
# ("jk... unless?") beside a means. The everyday readings are guarded or explained (a move, a new provider, IVF,
# a vacation, the beach, a countdown to a due date).
ROUND_TWENTY_SIX: dict[str, str] = {
    "no_more_days": """no more mornings/not one more morning/no more tomorrows/not one more tomorrow/no more days/
        not one more day/cant do another morning/cannot do another morning/cant face another morning/
        ya no mas mananas/no mas mananas/ni una manana mas/no mas dias/ni un dia mas""",
    "tries_count": """tried twice/tried 2 times/tried two times/tried 3 times/tried three times/tried a couple times/
        already tried once/already tried twice/lo intente dos veces/ya lo intente dos veces/lo intente 2 veces""",
    "another_try": """a third time/third time/a third try/a fourth time/fourth time/third attempt/another attempt/
        una tercera vez/tercera vez/otro intento""",
    "tries_reason": """ivf/embryo/transfer/to get pregnant/pregnant/fertility/iui/breastfeeding/nursing/latch/
        to quit/quit smoking/to call/calling/called/to reach/emailed/the form/the portal/login/log in/the app/
        sleep training/embarazarme/embarazo/lactancia""",
    "exit_own": """my exit strategy/my exit plan/my personal exit/my exit from life/mi estrategia de salida/
        mi plan de salida/my escape hatch/my way out of everything/my way out of life""",
    "head_blow": """banged my head/bashed my head/slammed my head/hit my head against/hitting my head against/
        hit my head on the wall/smacked my head/smack my head/me golpee la cabeza/me pegue en la cabeza/
        golpee mi cabeza""",
    "wall_hit": "on the wall/against the wall/into the wall/on the floor/against the floor/contra la pared/contra el piso",
    "over_again": """over and over/again and again/until it bled/until i bled/till it bled/till i bled/until i saw stars/
        a dent/left a dent/until it hurt/till it hurt/una y otra vez/hasta sangrar/hasta que sangro""",
    "calls_name": """calling my name/calls my name/call my name/called my name/calling to me/calls to me/
        me llama por mi nombre/dice mi nombre""",
    "water": """the water/dark water/the dark water/deep water/cold water/the deep/black water/el agua/agua oscura/
        agua fria/lo profundo""",
    "beach_day": """beach/vacation/summer/swim/swimming/pool day/surf/boat/fishing/kayak/cruise/playa/vacaciones/
        verano/nadar""",
    "unneeded_care": """wont need the appointment/wont need my appointment/wont need the next appointment/
        wont need any more appointments/wont need another appointment/wont need the next session/wont need the session/
        wont need any more sessions/wont need the refill/wont need my refill/wont need the prescription/
        wont need my prescription/wont need my meds/wont need the follow up/wont be needing the appointment/
        wont be needing my appointment/or any after/or any after that/or any others after/
        ya no voy a necesitar la cita/ya no necesitare la cita/ni a ninguna otra""",
    "care_close": """thank you for being kind/thanks for being kind/thank you for all you did/thanks for all you did/
        thank you for trying/thanks for trying/thank you for everything/release my chart/release my records/
        my chart to my husband/my records to my husband/my chart to my mom/my records to my mom/
        gracias por ser amable/gracias por todo lo que hicieron/mi expediente a mi esposo""",
    "care_reason": """feeling better/doing better/doing great/much better/new provider/new doctor/another clinic/
        switching/transfer care/transferring/insurance changed/moving/we are moving/new job/closer to home/
        me siento mejor/nos mudamos/otra clinica/otro doctor""",
    "gas_on": """leaving the gas on/left the gas on/leave the gas on/the gas on/gas running/turn on the gas/
        turned on the gas/leaving the stove on/left the stove on/leave the stove on/leaving the oven on/
        left the oven on/house goes up/house go up/house burns down/house burn down/would go up/go up in flames/goes up in flames/dejo el gas/dejar el gas/
        deje el gas/el gas abierto/la estufa prendida""",
    "me_in_it": """with me in it/with me inside/with me still in it/with me still inside/with me asleep in it/
        conmigo adentro/conmigo dentro/conmigo ahi""",
    "wish_word": "wishing/wish/hoping/hope/praying/ojala/esperando que",
    "od_word": "overdose/an overdose/overdosing/overdosed/sobredosis",
    "peaceful": """be peaceful/peaceful/peacefully/be painless/painless/like falling asleep/sin dolor/
        en paz/tranquila/tranquilo""",
    "wound_cover": """band aids/bandaids/bandages/bandage/curitas/vendas/vendajes/long sleeves/long sleeve/
        mangas largas""",
    "cover_story": """i said the cat/said it was the cat/told her the cat/told him the cat/told them the cat/
        said the dog/told her it was the cat/told him it was the cat/le dije que el gato/dije que el gato""",
    "not_so": """we dont have a cat/we dont even have a cat/we dont have a dog/we dont even have a dog/
        we have no cat/we have no dog/no tenemos gato/ni tenemos gato/no tenemos perro/ni tenemos perro""",
    "unjoke": """jk unless/jk jk unless/kidding unless/joking unless/jk or am i/kidding or am i/joking or am i/
        or am i joking/or am i kidding/es broma o no/broma o no""",
}
_extend(ROUND_TWENTY_SIX)
_ROOMS = ("the_kitchen/the_other_room/the_next_room/the_living_room/the_bedroom/the_bathroom/the_nursery/the_crib/"
          "the_yard/the_backyard/the_garden/the_garage/the_hallway/the_hall/the_stairs/the_porch/the_car/the_couch/"
          "upstairs/downstairs/outside/her_room/his_room/their_room/her_crib/his_crib/the_shower/the_tub/the_bath/"
          "across_the_room/across_the_house/across_the_street/the_playground/the_park/the_door/the_front_door/"
          "the_window/school/daycare/the_daycare/the_waiting_room/the_front_desk/the_desk").split("/")
ENTRY_GUARDS.update({
    **dict.fromkeys(("no more mornings", "not one more morning", "no more days", "not one more day"),
                    "!of/off/at/in/with/without/until/til/till/to/like/alone_with/sleeping_in/for_a/for_now/for_the/"
                    "for_work/for_school/early/de/sin/con/en/para"),  # "no more days off", "no more mornings alone with the baby"
                    # (a bare "for" is no such thing: "no more mornings for me")
    **dict.fromkeys(("tried twice", "tried 2 times", "tried two times", "tried 3 times", "tried three times",
                     "tried a couple times", "already tried once", "already tried twice"),
                    "!to/for/with/at/and_it_worked/calling/emailing/the/your/a/this/that/it/but_the/but_your"),
    **dict.fromkeys(("my exit strategy", "my exit plan", "my personal exit"),
                    "!" + "/".join(f"for_{thing}" for thing in (
                        "work/my_job/this_job/the_job/my_career/the_party/parties/the_meeting/meetings/the_call/the_event/"
                        "the_wedding/the_shower/the_baby_shower/the_holidays/thanksgiving/christmas/the_dinner/dinner/"
                        "family_events/the_in_laws/my_in_laws/the_company/the_business/my_business/social_events/"
                        "the_conversation/awkward/tonights/todays/tomorrows/this_party/this_event").split("/"))
                    + "/from/at/of/out_of/with/if/when/to/at_work/job/from_work"),  # not "...for tonight"
    **dict.fromkeys(("banged my head", "bashed my head", "slammed my head", "hit my head against", "hitting my head against",
                     "smacked my head", "smack my head"),
                    "!on_the_cabinet/on_the_door/on_the_car/getting/while/in_the_car/trying/over_this/over_that/over_it/"
                    "about/because_of_the/with_the"),
    **dict.fromkeys(("calling my name", "calls my name", "call my name", "called my name"),
                    # a person calling from a room or for something ("...from the kitchen", "...for dinner"), never
                    # from a place of risk ("the dark water keeps calling my name from the bridge")
                    "!" + "/".join(f"from_{room}" for room in _ROOMS) + "/for_dinner/for_lunch/for_breakfast/for_a_snack/"
                    "for_snack/for_help/for_milk/for_more/for_a_hug/for_cuddles/for_attention/for_the_bathroom/"
                    "in_the_store/at_the_store/at_the_bakery/at_the_mall/out/to_say/and_asked/back"),
    **dict.fromkeys(("the gas on", "gas running"), "!the_grill/the_stove_for/for/and_the_kettle"),
})
# Care released with thanks, a wound covered with a story that is not so, gas with oneself inside, a joke taken back
# beside a means: the disguise ("don't worry", "lol", "accidentally") is what such a message says.
TOLD_OF = TOLD_OF | {"unneeded_care", "not_so", "me_in_it", "unjoke", "tries_count"}
CONCERN_ALONE = CONCERN_ALONE + ["no_more_days", "exit_own", "sleep_endless"]
CONCERN_PAIRS += ("tries_count another_try",
                  "head_blow wall_hit over_again", "head_blow over_again", "calls_name water", "calls_name means",
                  "unneeded_care care_close", "gas_on me_in_it image_urge", "gas_on me_in_it wish_word", "od_word peaceful", "wound_cover cover_story",
                  "unjoke meds", "unjoke means", "unjoke method",
                  "provisions absence", "after_point absence")
EXPLAINED_BY.update({"tries_count": frozenset({"tries_reason"}), "calls_name": frozenset({"beach_day", "leisure", "outing"}),
                     "unneeded_care": frozenset({"care_reason", "ordinary_reason", "trip_words"})})


# Round 26, second part: a farewell "while I still can"; sleep without the waking; being forgotten as if one never
# existed; an ending accepted ("and that's ok"); a countdown with nothing named at its end; what "does it" asked of a
# medicine or a person; new self-harm beside old; God asked to take one, "the sooner the better"; thoughts of a
# child in the bath; something put in a baby's bottle; knowing "how it ends" and finding it peaceful; "if you don't
# hear from me" with it done; a mind made up; a child to be quiet for good; a lot of something that stops a heart;
# a partner leaving this world with the child; a blade again "but only a little"; leave to stop after a milestone;
# not staying long enough to see. Check-ins all, each of two ideas, guarded against the everyday readings.
ROUND_TWENTY_SIX_B: dict[str, str] = {
    "still_can": "while i still can/while i stil can/while i can still/mientras todavia puedo/mientras aun puedo/mientras pueda",
    "sleep_endless": """skip the waking up/skip waking up/skip the waking part/no alarm ever again/no alarms ever again/
        never set an alarm again/sin despertar nunca/sin despertar jamas""",
    "to_sleep": "go to sleep/want to sleep/just sleep/irme a dormir/dormirme",
    "erased": """forget i existed/forget i ever existed/forget that i existed/forget i was ever here/forget i was ever born/
        like i never existed/as if i never existed/olviden que existi/como si nunca hubiera existido/olviden que existo""",
    "plan": "plan with a date/plan and a date/a plan and a time/mind made up/minds made up/mind is made up",
    "accept": """and thats ok/honestly thats ok/and thats okay/honestly thats okay/and i am fine with it/
        im at peace with that/at peace with it/y esta bien""",
    "countdown": "counting down/countdown/cuenta regresiva/contando los dias",
    "days_left": "days left/day left/nights left/weeks left/quedan dias/me quedan dias/dias mas",
    "countdown_reason": """due date/vacation/birthday/christmas/maternity/leave/wedding/trip/induction/surgery/
        graduation/baby shower/my infusion/the infusion/first session/appointment/school/payday/weekend/holiday/
        navidad/cumpleanos/vacaciones/parto/cita""",
    "does_it": """that does it/that actually does it/that would do it/actually does it/would actually do it/
        which would do it/which one would do it/which ones would do it/drips would do it/the one that does it/
        the amount that does it/cual lo haria/lo que lo hace""",
    "took_all": "took all their/took all of their/tomo todas sus/se tomo todas sus/se tomo todos sus",
    "fresh_ones": "new ones/fresh ones/some new ones/otras nuevas/unas nuevas/nuevas al lado",
    "god_word": "tell god/told god/ask god/asked god/beg god/dear god/pray/praying/prayed/lord/jesus/dios/diosito/senor",
    "take_me": """can take me whenever/take me whenever/take me anytime/take me any time/can take me now/take me now/
        que me lleve ya/que ya me lleve/llevame ya/entre mas pronto mejor""",
    "spike": "put something in/putting something in/slip something in/slipping something in/ponerle algo/echarle algo",
    "feed_word": "bottle/bottles/every bottle/her bottle/his bottle/formula/biberon/mamila/la mamila",
    "feed_additive": """cereal/oatmeal/rice cereal/probiotic/probiotics/gas drops/vitamin d/drops/reflux/thickener/
        breast milk/water/avena/gotas""",
    "know_end": "know how it ends/i know how it ends/know how this ends/se como termina/ya se como termina",
    "calm_finally": "feels peaceful/feel peaceful/not sad anymore/ya no estoy triste/se siente tranquilo",
    "if_silent": """if you dont hear from me/if you do not hear from me/if i dont answer/if i dont reply/if i go quiet/
        si no sabes de mi/si no saben de mi/si no contesto""",
    "finally_did": "finally did it/finally done it/finaly did it/por fin lo hice/al fin lo hice",
    "know_what_do": """i know what i am going to do/i know what i have to do/i know what i need to do/
        i know what im going to do/ya se lo que voy a hacer/ya se lo que tengo que hacer""",
    "kids_away": """kids to be at/the kids at/kids at my/the baby at my/baby to be at/kids with my/baby with my/
        kids to be gone/kids are gone/the kids away/los ninos con mi/los ninos en casa de/el bebe con mi""",
    "errand": """so i can/so that i can/para poder/para que yo pueda/date night/errands/to clean/deep clean/to rest/to work/
        to sleep in/a break/me time/un descanso""",
    # (read squashed, "fell" is "fel", the same as "feel" ("i feel down"), and "shot" is "shoot": named with the words
    # around them that "feel" and "shoot" never take)
    "real_cause": """scratched me/scratched my/cat scratch/cat scratches/my cat/our cat/our kitten/fell down the/
        fell down some/fell off the/fell off my/fell off a/fell on the/fell onto/fell over the/fell over a/fell against/
        fell and/slipped and fell/tripped/c section/surgery/blood draw/iv/vaccine/a shot/the shot/my shot/flu shot/stitches/
        me rasguno/rasguno/mi gato/nuestro gato/me cai""",
    "bath_care": """degrees/temperature/temp/too hot/too cold/warm enough/how often/soap/bath time/bathtime/bath routine/
        grados/temperatura/hora del bano""",
    "heart_everyday": "exercise/workout/running/stress/anxiety/panic attack/panic attacks/scare/energy drink/energy drinks/estres/ansiedad",
    "grooming": "afeitar/afeitarme/de afeitar/rasurar/rasurarme/depilar/depilarme/shave/shaving/haircut/bangs/barba/pelo/cabello",
    "silence_child": """quiet forever/quiet for good/quiet permanently/making it quiet/make it quiet/make her quiet for/
        make him quiet for/callada para siempre/callado para siempre/callarla para siempre/callarlo para siempre""",
    "much": "a lot of/lots of/a bunch of/enough of/mucho/mucha/muchas/muchos",
    "death": "se va de este mundo/se vaya de este mundo/se fuera de este mundo/irse de este mundo/me voy de este mundo",
    "with_me": """se lleva al nino/se lleva a la nina/se lleva a la bb/se lleva a los ninos/llevarse al nino/llevarse a la nina/
        me llevo al nino/me llevo a la nina/la bb se vaya con ella/el bebe se vaya con ella/el nino se vaya con ella""",
    "minimize": "solo poquito/solo un poquito/nomas poquito/nada mas poquito/just a little/only a little/just a bit/only a bit",
    "allowed_stop": "allowed to stop/then i can stop/then i get to stop/then i am done/ya puedo parar/entonces puedo parar",
    "absence": """not bein here/not bein around/not going to stay long enough/not staying long enough/wont stay long enough/
        dont think ill see her/dont think ill see him/dont think i will see her/dont think i will see him/
        no creo que vea su/no voy a ver su""",
    "not_so": "theres no cat/there is no cat/theres no dog/there is no dog/no hay gato/no hay perro",
    "way_out": "keeps looking like a way out",
    "provisions": "months ahead/3 months ahead/paid all the bills/bills ahead/bills paid ahead/freezer meals",
}
_extend(ROUND_TWENTY_SIX_B)
# Round 26, third part, from the other sets' rules-alone misses: a blade one is "friends again" with; help hoped to
# come too late; an illness hoped for as an excuse to go; getting out of everyone's way for good; things left to
# someone who takes it for a trip or nesting; the baby away with a thank-you for trying; lying down in the snow.
ROUND_TWENTY_SIX_C: dict[str, str] = {
    "reunion": "are friends again/friends again/back together again/reunited/my old friend/somos amigas otra vez/amigos otra vez",
    "too_late": "get there too late/gets there too late/arrive too late/arrives too late/too late to save me/lleguen tarde/llegue tarde",
    "excuse_go": "an excuse to go/excuse to go/an excuse to leave/permission to go/a reason to go/una excusa para irme/excusa para irme",
    "out_of_way": """me quito de en medio/quitarme de en medio/me quito del camino/out of everyones way/out of everybodys way/
        remove myself from the picture/take myself out of the picture""",
    "misread": """thinks it is for a trip/thinks its for a trip/thinks i am nesting/thinks im nesting/thinks i am just nesting/
        thinks i am just organizing/thinks im just organizing/thinks i am decluttering/cree que es para un viaje/
        cree que estoy anidando/cree que es por la mudanza""",
    "given_away": """leaving my jewelry/leaving my journals/leaving my rings/left my jewelry/left my journals/left my rings/
        leaving my things to/leaving my stuff to/left my things to/left my stuff to/dejando mis cosas a/le deje mis cosas a""",
    "befall": "sick with something terminal/something terminal/algo terminal",
    "errand": "fit me in/squeeze me in/get me in/me den cita",
    "kids_away": """baby is at his/baby is at her/the baby is at/kids are at their/the kids are at their/el bebe esta con su/
        los ninos estan con su/kids are at/the kids are at/kids will be at/the kids will be at/the baby will be at/
        baby will be at/los ninos estan en casa de/el bebe esta en casa de""",
    "absence": "no las voy a necesitar",
    "method": "lie down in the snow/lay down in the snow/acostarme en la nieve",
}
_extend(ROUND_TWENTY_SIX_C)
ENTRY_GUARDS.update({
    **dict.fromkeys(("plan with a date", "plan and a date", "a plan and a time"), "!to/for/of/on/in/that/when/set_for/from"),
    **dict.fromkeys(("mind made up", "minds made up", "mind is made up"), "!about/on/to/for/that/which/between/with"),
    **dict.fromkeys(("counting down", "countdown", "contando los dias"),
                    "!the_days_until/the_days_til/the_days_to/the_days_for/the_days/to/until/til/till/for/the_hours/the_weeks/"
                    "the_minutes/days_until/days_to/para/hasta"),
    **dict.fromkeys(("days left", "day left", "nights left", "weeks left"),
                    "!until/til/till/of/before/to/in/on/at/for/of_leave/hasta/para/de"),
    **dict.fromkeys(("that does it", "that actually does it", "that would do it", "actually does it", "would actually do it"),
                    "!for/to/again/better/faster/ok/right/without/with/any/justice/i/im/we/you/best/the_trick/great/wonders"),
    **dict.fromkeys(("take me now", "can take me now", "take me whenever", "can take me whenever", "take me anytime",
                     "take me any time"), "!to/off/out/home_from/back/with/in/on_a/for_a/shopping/if"),
    **dict.fromkeys(("know how it ends", "i know how it ends", "know how this ends"),
                    # the ending of a story, not one's own ("...for me and it feels peaceful"): no bare "for"
                    "!for_the_characters/for_them/for_the_show/for_the_book/for_the_movie/in/with/the_show/the_book/"
                    "the_movie/the_season/already_from/because/i_read/i_saw/i_watched/from/spoiler"),
    **dict.fromkeys(("allowed to stop", "then i can stop", "then i get to stop"),
                    "!pumping/breastfeeding/nursing/the/taking/working/with/at/using/my/her/his/for/by/in"),
    **dict.fromkeys(("i know what i am going to do", "i know what i have to do", "i know what i need to do",
                     "i know what im going to do"),
                    # its object named, never the next sentence ("I know what I need to do. the kids are at grandma's")
                    "!about/for_the_infusion/for_my_infusion/for_the_appointment/for_my_appointment/for_intake/"
                    "for_the_intake/for_insurance/for_the_insurance/for_prep/for_the_first/for_my_first/for_the_session/"
                    "with/next/if/when/tomorrow/after/today/this_week/this_time/this_weekend/this_morning/to/on/at/in/"
                    "now_thanks/thanks/thank/first/with_my/once/while/the_day/the_night_before/the_morning_of/my_part/"
                    "during"),
    **dict.fromkeys(("friends again", "are friends again", "reunited", "back together again"), "!with_my_husband/with_my_mom/with_my_sister/after"),
    **dict.fromkeys(("get there too late", "gets there too late", "arrive too late", "arrives too late"), "!for/to/and_miss/because/so/if"),
    **dict.fromkeys(("lie down in the snow", "lay down in the snow"), "!and_make/to_make/with/for/to_play/and_play"),
    **dict.fromkeys(("finally did it", "finally done it", "finaly did it"),
                    "!booked/and_booked/i_booked/signed/and_signed/yay/called/and_called/made/and_made/scheduled/and_scheduled"),
    **dict.fromkeys(("not going to stay long enough", "not staying long enough", "wont stay long enough"),
                    "!to_see_the/to_see_him/to_see_her/to_see_them/at/for/in/to_watch/to_meet/to_eat/to_get"),
    **dict.fromkeys(("dont think ill see her", "dont think ill see him", "dont think i will see her", "dont think i will see him"),
                    "!today/tonight/this/until/til/before/at/in_person/party/because/since/again_before"),
    **dict.fromkeys(("new ones", "fresh ones", "some new ones"), "!for/from/at/to/of/with/in_the/on_the/are_on_sale"),
})
# An errand is no reason when what it makes room for is peace for good ("the kids are at grandma's, so i can finally
# be at peace"); "so i can deep clean" still is.
ENTRY_GUARDS.update(dict.fromkeys(("so i can", "so that i can", "para poder", "para que yo pueda"),
            "!finally_be_at_peace/be_at_peace/rest_in_peace/rest_forever/sleep_forever/finally_be_free_of_it/go_in_peace/"
            "do_it/finally_do_it/end_it/disappear/be_gone/estar_en_paz/descansar_en_paz/descansar_para_siempre/hacerlo"))
TOLD_OF = TOLD_OF | {"took_all", "does_it", "silence_child", "if_silent", "kids_away"}
CONCERN_PAIRS += ("still_can farewell", "still_can given_away", "to_sleep forever",
                  "erased image_urge", "erased to_sleep", "ending accept",
                  "countdown days_left", "does_it meds", "does_it means", "does_it person", "does_it amount",
                  "took_all person", "self_harm fresh_ones", "god_word take_me", "setting thoughts_word baby",
                  "bath thoughts_word baby", "spike feed_word image_urge", "know_end calm_finally", "know_end peaceful",
                  "if_silent finally_did", "if_silent euphemism", "silence_child baby",
                  "heart_stop much", "means repeated minimize", "sharp repeated minimize", "allowed_stop milestone",
                  "allowed_stop time", "way_out setting", "way_out bath",
                  "know_what_do kids_away", "know_what_do day", "hope_unsaid means", "hope_unsaid method", "hope_unsaid place",
                  "hope_unsaid lure", "care_close kids_away", "reunion means", "reunion sharp", "too_late image_urge for_me",
                  "excuse_go befall", "excuse_go death", "out_of_way forever", "out_of_way burden", "misread given_away",
                  "misread farewell", "misread provisions", "misread instructions")
EXPLAINED_BY.update({"countdown": frozenset({"countdown_reason", "milestone", "beach_day", "trip_words"}),
                     "spike": frozenset({"feed_additive"}), "minimize": frozenset({"grooming"}),
                     "know_what_do": frozenset({"errand"}), "reunion": frozenset({"kitchen", "cooked", "grooming"}),
                     "kids_away": frozenset({"away_reason", "errand", "until_home"}), "wound_cover": frozenset({"real_cause"}),
                     "thoughts_word": frozenset({"bath_care"}), "much": frozenset({"caffeine", "heart_everyday"})})

def _rules() -> tuple[tuple[Tier, frozenset[str]], ...]:
    sure = [(Tier.CRISIS, frozenset({core, other})) for core, others in SURE_WITH.items()
            for other in others.split()]
    sure += [(Tier.CRISIS, frozenset(triple.split())) for triple in SURE_TRIPLES]
    return tuple(sure + [(Tier.CONCERN, frozenset({core})) for core in CONCERN_ALONE]
                 + [(Tier.CONCERN, frozenset(pair.split())) for pair in CONCERN_PAIRS])


# Concepts that make a message "risk wording" for the next few minutes of the chat, even alone: not
# a medicine (a dosing question), a bare goodbye or a death word (idioms), unless a rule fired.
RISK = frozenset(CORE) - {"meds", "bye", "dead"} | {"plan", "emoji"}
# Emoji that stand for a means or for death (safety.canonical() reads them as words too).
EMOJI = ("🔫", "🔪", "🗡", "💊", "🪢", "⚰", "🪦", "🩸", "☠", "🌉", "🛤")
# Primed by recent risk wording, these alone are enough for the sure tier.
PRIMED_ALONE = frozenset(CORE) - {"means", "dead"} | {"plan"}
# Primed, a short message that only says when finishes the thought: "I have the pills here" ... "tonight".
PRIMED_WHEN = frozenset("now ahora hour hora minute minutes minutos ya".split())
SHORT = 4  # words
WINDOW = 24  # words: concepts further apart than this are not read as one thought


@dataclass(frozen=True)
class ConceptReading:
    tier: Tier
    kinds: tuple[str, ...]  # the rule that set the tier, e.g. "means+access"
    risk: bool
    asks_about: bool = False  # "is that normal?": a question about thoughts, not only the thoughts
    framed: bool = False  # a TV plot, someone else's child, or "I'm safe": a phrase match is one step down
    reported: bool = False  # someone else's suicide told by a person who says they are safe (family history)
    joking: bool = False  # laughter ("lol", "😂") and nothing that says it is serious
    explained: bool = False  # joking, and an idiom or hyperbole explains the death words ("I'd rather die than...")
    found: frozenset[str] = frozenset()  # every concept the lexicon found, for bot.core.crisis_model
    aimed_elsewhere: bool = False  # a joke or a retraction about an adult or a pet, no baby named ("kill her (not really)")


@dataclass(frozen=True)
class Lexicon:
    """Phrases indexed by their first word, and prefixes ("cut*") by their letters."""

    phrases: dict[str, tuple[tuple[tuple[str, ...], str, bool, tuple[str, ...]], ...]]
    prefixes: dict[str, tuple[str, tuple[str, ...]]]  # (rest, concept, last word is a prefix, guards)
    prefix_lengths: tuple[int, ...] = ()  # the lengths of the prefixes, shortest first

    def __post_init__(self) -> None:
        # For each first word: its whole-word entries by the words that must follow, how many words
        # may follow (shortest first), and its entries whose last word is a prefix ("took a bunch of
        # pill*"), so tag() looks up what follows a word instead of trying each entry in turn.
        index = {}
        for first, entries in self.phrases.items():
            following: dict[tuple[str, ...], list[int]] = {}
            for number, (rest, _, prefix, _) in enumerate(entries):
                if not prefix:
                    following.setdefault(rest, []).append(number)
            prefixed = tuple(number for number, entry in enumerate(entries) if entry[2])
            index[first] = (following, tuple(sorted({len(rest) for rest in following})), prefixed)
        object.__setattr__(self, "_following", index)
        shortest = self.prefix_lengths[0] if self.prefix_lengths else 0
        object.__setattr__(self, "_prefix_starts", frozenset(p[:shortest] for p in self.prefixes))

    @classmethod
    def build(cls, read: Callable[[str], str]) -> Lexicon:
        """`read` turns a phrase into the detector's reading (the same as a message gets)."""
        phrases: dict[str, list[tuple[tuple[str, ...], str, bool, tuple[str, ...]]]] = {}
        prefixes: dict[str, tuple[str, tuple[str, ...]]] = {}
        read_guards: dict[str, tuple[str, ...]] = {}  # a concept's guard list recurs at each of its entries: read once
        for concept, entries in LEXICON.items():
            for entry in _entries(entries):
                guard = ENTRY_GUARDS.get(entry, CONCEPT_GUARDS.get(concept, "!"))[1:]
                guards = read_guards.get(guard)
                if guards is None:
                    guards = read_guards[guard] = Guards(sorted({read(g.replace("_", " ")).strip()
                                                                 for g in guard.split("/") if g} - {""}))
                if entry.endswith("*") and " " not in entry:  # squashed only: no typo repair of a stem
                    prefixes[_REPEATS.sub("", entry[:-1])] = (concept, guards)
                    continue
                words = tuple(read(entry.rstrip("*")).split())
                if words:
                    phrases.setdefault(words[0], []).append((words[1:], concept, entry.endswith("*"), guards))
        return cls({k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()}, prefixes,
                   tuple(sorted({len(p) for p in prefixes})))

    @staticmethod
    def _tag_phrases(tokens: list[str], i: int, entries, index, hits: list[tuple[int, str]]) -> None:
        """Add the concepts of the phrases (`entries`, indexed as `index`) that start at word i."""
        following, lengths, prefixed = index
        matched = [number for length in lengths if i + 1 + length <= len(tokens)
                   for number in following.get(tuple(tokens[i + 1:i + 1 + length]), ())]
        for number in prefixed:
            rest = entries[number][0]
            found = tokens[i + 1:i + 1 + len(rest)]
            if len(found) == len(rest) and (tuple(found) == rest or tuple(found[:-1]) == rest[:-1]
                                            and found[-1].startswith(rest[-1])):
                matched.append(number)
        for rest, concept, _, guards in map(entries.__getitem__, sorted(matched)):
            if not (_guarded(tokens, i + 1 + len(rest), guards) and not _counted_before(tokens, i, concept)) \
                    and not _done_by_a_child(tokens, i, concept) \
                    and not _described(tokens, i, concept) and not _refused(tokens, i, concept):
                hits.append((i, concept))

    def tag(self, tokens: list[str]) -> list[tuple[int, str]]:
        """(position, concept) for every concept word or phrase, longest phrase first at a position."""
        hits: list[tuple[int, str]] = []
        shortest_prefix = self.prefix_lengths[0] if self.prefix_lengths else 0
        for i, token in enumerate(tokens):
            if token.isdigit() and len(token) < 4 and int(token) >= 10 and tokens[i + 1:i + 2] in _COUNTED:
                hits.append((i, "amount"))  # "took 20 of my benadryl", "como 20 pastillas"
            elif token.isdigit() and len(token) < 4 and int(token) >= 10 and i and tokens[i - 1] in _TAKING \
                    and (i + 1 == len(tokens) or tokens[i + 1] in _AFTER_TAKEN) and not _others_go_on(tokens, i + 1):
                hits.append((i, "took_count"))  # round 32: "I took 100 today" (a count taken, nothing named after it)
            if token[:1].isdigit() and i and tokens[i - 1] in _APPT_OWNER and _appointment_time(tokens, i):
                hits.append((i, "appt_time"))  # round 30: "my 3pm", "my 2:00", "la de las 4": a visit named by its hour
            # A word's own phrases, then its plain form's ("the rope's" is ropes, "gives up"): a phrase that
            # starts with "thoughts" never hides the phrases that start with "thought".
            entries = self.phrases.get(token)
            if entries:
                self._tag_phrases(tokens, i, entries, self._following[token], hits)
            if len(token) > 3 and token[-1] == "s" and token not in _READ_ALONE:
                entries = self.phrases.get(token[:-1])
                if entries:
                    self._tag_phrases(tokens, i, entries, self._following[token[:-1]], hits)
            if token[:shortest_prefix] not in self._prefix_starts:
                continue  # no prefix starts with these letters
            for end in self.prefix_lengths:
                if end > len(token):
                    break
                found_prefix = self.prefixes.get(token[:end])
                if found_prefix:
                    if not _guarded(tokens, i + 1, found_prefix[1]) and not _done_by_a_child(tokens, i, found_prefix[0]) \
                            and not _hungry(tokens, i, found_prefix[0]) and not _treat_overdose(tokens, i):
                        hits.append((i, found_prefix[0]))
                    break
        if tokens and tokens[-1] in _DEADLINE:
            hits.append((len(tokens) - 1, "deadline"))  # "I need it done this week. before"
        if tokens and tokens[-1] in _HOPE_UNSAID:
            hits.append((len(tokens) - 1, "hope_unsaid"))  # round 26: "I slow down at the tracks and kind of hope"
        for length in (2, 3):  # round 51: a message that ends on a phrase ("I want to stop being", "...or I will")
            if len(tokens) >= length and (concept := ENDS_ON.get(tuple(tokens[-length:]))):
                hits.append((len(tokens) - length, concept))
        return hits


_REPEATS = re.compile(r"([a-z])(?=\1)")  # as safety.squash(): the lexicon is read squashed


def _counted_before(tokens: list[str], at: int, concept: str) -> bool:
    """A medicine counted by ten or more just before it ("took 90 pills today", "like 50 tylenol"): the dosing
    guards ("pills today", "tylenol for my") no longer explain it away (round 31, found by probing)."""
    return concept == "meds" and at > 0 and tokens[at - 1].isdigit() and len(tokens[at - 1]) < 4 and int(tokens[at - 1]) >= 10
# Words ending in "s" read by their own phrases only, never their plain form's: "want to", "want a funeral"
# are one's own wish, "wants" someone else's ("my 4yo wants to throw the baby in the trash", "he wants a funeral"
# for the goldfish). Every other such word reads its own phrases, then its plain form's.
_READ_ALONE = frozenset({"wants", "chaos"})  # batch 32: "newborn chaos" is no "chao" (bye)
# What may follow a count for it to be an amount taken: "20 of my", "20 pills" (read squashed).
_COUNTED = [[w] for w in "of de pils pil pastilas pastila tablets tabs capsules tylenol advil motrin aleve ibuprofen "
            "benadryl xanax ambien zoloft klonopin percocet aspirin".split()]
# Round 30: an appointment named by its hour ("my 3pm", "my 2:00", "the 10:30", "mi cita de las 4").
_APPT_OWNER = frozenset("my the our your mi su tu las la".split())
_CLOCK = re.compile(r"(?:1[0-2]|0?[1-9])(?:am|pm|a|p)?")
_MINUTES = frozenset("00 15 30 45 am pm oclock".split())


def _appointment_time(tokens: list[str], at: int) -> bool:
    token = tokens[at]
    if _CLOCK.fullmatch(token) is None:
        return False
    return not token.isdigit() or tokens[at - 1] == "las" or tokens[at + 1:at + 2] and tokens[at + 1] in _MINUTES


# A message that ends on "before" leaves a deadline unsaid.
_DEADLINE = frozenset({"before", "antes"})
# A message that ends on "hope" leaves what is hoped for unsaid (round 26).
_HOPE_UNSAID = frozenset({"hope", "espero"})
ENDS_ON: dict[tuple[str, ...], str] = {}  # round 51: the last two or three words -> a concept (filled below)


# A blow or scratch whose subject is a child or a pet: "the baby scratched my face", "my son punched".
_CHILD_SUBJECTS = frozenset("baby babe son daughter todler newborn infant kid twins dog cat bebe nino nina".split())
_CHILD_AGE = re.compile(r"\d{1,2}(?:yo|y|yr|yrs|m|mo)")
_BLOWS = frozenset({"violence", "self_harm"})


def _done_by_a_child(tokens: list[str], at: int, concept: str) -> bool:
    if concept not in _BLOWS or at == 0 or tokens[at] in ("by", "del", "por"):
        return False  # "grabbed the toddler by the neck": the child is the one held
    before = tokens[at - 1]
    if before in ("keps", "kept", "just", "always", "first") and at > 1:  # read squashed: "keeps" is "keps"
        before = tokens[at - 2]
        if before.endswith("s") and before[:-1] in _CHILD_SUBJECTS:  # round 31: "baby's first bite of my finger"
            return True
    if before == "stop" and at > 1 and tokens[at - 2] == "to":  # "how do i get him to stop biting"
        return True
    if before in ("she", "he", "ella", "el") and _child_spoken_of(tokens[max(0, at - 10):at - 1]):
        return True  # round 23: "my daughter is a little vampire, she bit my nipple so hard"
    return before in _CHILD_SUBJECTS or _CHILD_AGE.fullmatch(before) is not None  # "my 5yo pinched"


# Round 23: "I'm starving" is hunger; "starving myself" (or "...to death") is still read.
_HUNGRY_BEFORE = frozenset("am im so was literaly realy are were geting getting".split())


def _hungry(tokens: list[str], at: int, concept: str) -> bool:
    return (concept == "self_harm" and tokens[at].startswith("starv") and at > 0 and tokens[at - 1] in _HUNGRY_BEFORE
            and tokens[at + 1:at + 2] not in (["myself"], ["herself"], ["himself"], ["me"], ["to"], ["on"]))


_GROWN_UPS = frozenset("i im me my_wife wife husband partner mom mother dad father girlfriend boyfriend sister brother "
                       "nanny grandma grandpa esposa esposo yo".split())


def _child_spoken_of(before: list[str]) -> bool:
    """The last person named before a "she"/"he" is a child, with no grown-up named since."""
    for word in reversed(before):
        if word in _GROWN_UPS:
            return False
        if word in _CHILD_SUBJECTS or _CHILD_AGE.fullmatch(word):
            return True
    return False


# A farewell wording inside a relative clause describes someone, it asks nothing of anyone: "soy la
# única que cuida a mi bebé", "the one who takes care of my baby" (not "cuida a mi bebé por favor").
# "que" only after an article or "única" ("dice que cuide a su bebé" is a request passed on).
_RELATIVE = frozenset({"quien", "who"})
_ARTICLE_QUE = frozenset({"la", "el", "los", "las", "unica", "unico", "one", "person"})


# Round 15: so is a duty named by what is cared for, "I have a newborn to take care of" (not "I want you
# to take care of him", a request).
_CARED_FOR = _CHILD_SUBJECTS | frozenset("kids children babies family home house toddlers".split())


# Round 19: heaven likened to something pleasant ("sleeping through the night sounds like heaven") is a
# figure of speech, not a death; a heaven wished for elsewhere in the message still counts.
_LIKENED = frozenset({("sounds", "like"), ("sound", "like"), ("feels", "like"), ("felt", "like"), ("would", "be"),
                      ("was", "pure"), ("is", "pure"), ("like", "pure")})


# Round 31 review / batch 32: "decided" with a bare choosing verb after it, or said of someone else ("Baby decided
# today is the day she hates the car seat").
_CHOOSING = tuple(_REPEATS.sub("", c) for c in ("to go with", "to try", "to do the", "to keep going", "to go ahead with",
                                                  "to get a", "to get the", "to come", "between", "which"))
_DECIDERS = _CHILD_SUBJECTS | frozenset(_REPEATS.sub("", w) for w in "she he they it husband hubby mom dad doctor".split())
_MEANS_WORDS = frozenset(_REPEATS.sub("", e.strip()) for e in LEXICON["means"].replace("\n", " ").split("/")
                         if e.strip() and " " not in e.strip() and "*" not in e)
_PLAN_WORDS = _MEANS_WORDS | frozenset(_REPEATS.sub("", w) for w in "end plan tonight pills pastillas overdose".split())


_WHO_IS_ME = frozenset("one person woman mom mother me i am im the only".split())  # "...the one who decided": the writer


def _decided_everyday(tokens: list[str], at: int) -> bool:
    if "decided" not in tokens[at:at + 3]:
        return False
    at = tokens.index("decided", at)  # "ive decided" reads "i have decided"
    subject = tokens[at - 2] if at > 1 and tokens[at - 1] in ("has", "had") else tokens[at - 1] if at else ""
    if subject in _DECIDERS:
        return True
    if subject == "who" and (at < 2 or tokens[at - 2] not in _WHO_IS_ME) and _PLAN_WORDS.isdisjoint(tokens[at + 1:at + 10]) \
            and not any(w.startswith(("end", "me", "my")) for w in tokens[at + 1:at + 10]):
        return True  # round 55 (falarm55): "ok who decided babies should wake up every 45 minutes": a question of another
    following = " ".join(tokens[at + 1:at + 6]) + " "
    return any(following.startswith(c + " ") for c in _CHOOSING) \
        and _PLAN_WORDS.isdisjoint(tokens[at + 1:at + 10])


# Batch 32: no more visits needed with the care moved elsewhere ("I won't be needing further appointments as I'm
# transferring my care to my OB") is a discharge; without the move named it still reads.
_VISITS = frozenset(_REPEATS.sub("", w) for w in "appointments appointment appts appt sessions session visits infusions "
                                                   "treatments treatment care".split())
_CARE_MOVED = frozenset(_REPEATS.sub("", w) for w in "transfer transferring transfering switching moving ob obgyn obs "
                                                      "provider insurance".split())


def _care_moved(tokens: list[str], at: int) -> bool:
    if "neding" not in tokens[at:at + 5]:
        return False
    after = tokens[tokens.index("neding", at) + 1:][:3]
    return not _VISITS.isdisjoint(after) and not _CARE_MOVED.isdisjoint(tokens)


def _described(tokens: list[str], at: int, concept: str) -> bool:
    if concept == "gone_inside" and _someone_else_gone(tokens, at):
        return True
    if concept == "took_extra" and _other_too_much(tokens, at):
        return True
    if concept == "plan" and _decided_everyday(tokens, at):
        return True
    if concept in ("absence", "no_need_plan") and _care_moved(tokens, at):
        return True
    if concept == "with_me" and (_accompanied(tokens, at) or _brought_along(tokens, at)):
        return True
    if concept == "access" and tokens[at] in ("lista", "listas", "listo", "listos") and at > 0 \
            and tokens[at - 1] in _LIST_NAMED:
        return True  # round 54 (falarm54): "solo la lista", "mi lista de medicinas" is a list, not "ready"
    if tokens[at] == "murder" and at > 0 and tokens[at - 1] == "blody":
        return True  # round 54 (falarm54): "the baby is screaming bloody murder" is a loud cry
    if concept in ("self_harm", "burn_act") and _sun_burn(tokens, at):
        return True
    if _treat_overdose(tokens, at):
        return True  # round 55 (falarm55): "an overdose of cuteness today", "overdose on baby snuggles": a treat, no means
    if concept in _DYING_READS and tokens[at] in _DYING and _heat_hyperbole(tokens, at):
        return True  # round 55 (falarm55): "this heat... I'm still dying out here", "me estoy muriendo con este calor"
    if concept == "time" and tokens[at] in ("today", "hoy") and _weather_said(tokens, at):
        return True  # round 30: "it's 114 today", "so hot today", "hace mucho calor hoy" is the weather
    if concept == "absence" and at > 0 and tokens[at] in ("without", "sin") and tokens[at - 1] in _GO_AHEAD \
            and _running_late(tokens[max(0, at - 10):at]):
        return True  # round 30: "if I'm not there by 9, start without me", "si llego tarde empiecen sin mí"
    if concept == "dead" and tokens[at] == "heaven" and at > 1 and tuple(tokens[at - 2:at]) in _LIKENED \
            and tokens[at + 1:at + 2] != ["with"]:
        return True
    if concept == "violence" and tokens[at] == "bit" and at > 0 and tokens[at - 1] in ("a", "litle"):
        return True  # round 23: "a bit down", "a little bit" is a quantity, not a bite
    if concept != "farewell" or at == 0:
        return False
    if tokens[at] == "tel" and tokens[at - 1] == "not":
        return True  # batch 32: "don't tell my daughter (it was because I sang to him)" keeps a secret, it says no farewell
    if tokens[at - 1] == "to" and at > 1 and tokens[at - 2] in _CARED_FOR:
        return True
    if tokens[at:at + 3] == ["take", "care", "of"] and tokens[at + 3:at + 4] in _SELVES \
            and not _SIGN_OFF.isdisjoint(tokens[max(0, at - 10):at + 14]):  # round 31 review: the sign-off's own words
        return True  # round 30 review: "this was my final visit, take care of yourselves" (not "I'm done. take care of yourselves")
    if tokens[at - 1] in _CLITICS and at > 1 and tokens[at - 2] in _RELATIVE and _care_wanted(tokens, at - 2):
        return True  # round 30: "no tengo quien me cuide al bebé" is childcare wanted, not the baby left in care
    if tokens[at] in ("cuide", "cuides") and tokens[at + 1:at + 2] == ["a"] and tokens[at + 2:at + 3] in (["mi"], ["mis"]) \
            and ("que" in tokens[max(0, at - 3):at] or not _COMPANIONS.isdisjoint(tokens[max(0, at - 3):at])) \
            and not _departure(tokens[at:at + 14]) and ("ya", "no") not in zip(tokens[at:], tokens[at + 1:at + 14]):
        return True  # round 31 review: "mi suegra se ofreció a que cuide a mi bebé el jueves" is childcare
    if tokens[at].startswith("cuid") and _care_wanted(tokens, at):
        return True  # round 30 review: "necesito que alguien cuide a la niña el martes"
    if tokens[at].startswith("cuid") and not _COMPANIONS.isdisjoint(tokens[max(0, at - 3):at]) \
            and not _PLACE_OR_DAY.isdisjoint(tokens[at:at + 10]) \
            and not _leaves(tokens[at:at + 12]) and _LEFT_IN_CARE.isdisjoint(tokens[at:at + 12]):
        return True  # round 31: "mi suegra cuide a la niña el martes mientras voy a la cita": a named sitter, a day
    if _departure(tokens[at:at + 14]):
        return False  # round 31 review: "ya dejé arreglado quien cuide a mis hijos cuando me muera"
    return tokens[at - 1] in _RELATIVE or (tokens[at - 1] == "que" and at > 1 and tokens[at - 2] in _ARTICLE_QUE)


# Round 30: "coming with me" or "conmigo" said of a grown-up who comes along (to an appointment, for a ride) is
# company, as is "fue muy buena conmigo" (kindness); a child named in between ("my husband thinks the baby is
# coming with me") or the baby taken along ("taking him with me") still reads.
_COMPANIONS = frozenset(_REPEATS.sub("", w) for w in (
    "mom mother mama mami mommy dad father papa papi husband hubby esposo esposa marido wife partner pareja sister "
    "hermana brother hermano friend friends amiga amigo amigas suegra suegro mil sil grandma abuela abuelita "
    "grandpa abuelo aunt tia uncle tio cousin prima primo doula boyfriend novio girlfriend novia roommate neighbor "
    "vecina vecino law laws cunada cunado bestie interpreter").split())
_CHILD_WORDS = _CHILD_SUBJECTS | frozenset("him her them lo la los las hijo hija bebes babies kids".split())
_ALONG = frozenset({"coming", "come", "comes", "going", "goes", "conmigo", "se"})
_KIND_TO = frozenset(_REPEATS.sub("", w) for w in (
    "buena bueno buenas buenos amable amables paciente pacientes linda lindo lindas lindos atenta atento carinosa "
    "carinoso"
    # round 54 (falarm54): "la enfermera fue un amor conmigo", "fueron unos ángeles conmigo"
    " amor amores encanto dulce dulces angel angeles maravillosa maravilloso maravillosas maravillosos gentil gentiles "
    "amorosa amoroso comprensiva comprensivo considerada considerado").split())
# Round 54 (falarm54): "si puede entrar conmigo", "can she come in conmigo": let in to the room with the writer
_COME_IN = frozenset("entrar entre entren pasar pase pasen in".split())
_ARTICLES_ES = frozenset("la las los".split())
_PREPOSITIONS_ES = frozenset("a en de para por con desde hasta".split())
_SELVES = [[w] for w in "yourselves yourself urself ustedes".split()] + [["each"]]
_SIGN_OFF = frozenset(_REPEATS.sub("", w) for w in "visit visits appointment moving move moved mudamos mudando mudo "
                                                   "vacation vacaciones trip see graduating graduated discharged "
                                                   "transfer transferring".split())
_GO_AHEAD = frozenset("start begin eat ahead started empiecen empiezen comiencen coman".split())
_CLITICS = frozenset("me te le nos les".split())


# Round 30: a burn from something left in the sun ("the steering wheel burned my hand", "burned my legs on the slide",
# "el volante me quemó"), unless done on purpose.
_SUN_HOT = frozenset(_REPEATS.sub("", w) for w in (
    "wheel buckle seatbelt pavement asphalt sand slide sun sunburn dashboard volante hebilla pavimento banqueta "
    "sol arena resbaladilla tobogan").split())
_BURNS = frozenset(_REPEATS.sub("", w) for w in "burned burnt burn burns quemo queme quemaron".split())


# Round 31: a household thing as the one that burned ("the iron burned my hand", "la plancha me quemó") is a mishap; the
# same thing used by the writer ("I burned myself with the iron") is not read here.
_HOUSE_HOT = frozenset(_REPEATS.sub("", w) for w in (
    "iron stove pan oven kettle straightener curler toaster grill steam coffee tea plancha estufa sarten horno "
    "comal").split())


# Round 55 (falarm55): a part of a thing as the one that burned ("the stroller handle burned my hand", "the car door handle
# burned my fingers"); never where the writer held or pressed herself to it ("I held my hand on the metal until it burned").
_HOT_PARTS = frozenset(_REPEATS.sub("", w) for w in (
    "handle handles handlebar handlebars buckle buckles doorknob railing railings metal clasp latch manija agarradera "
    "hebilla barandal").split())
_HELD_TO_IT = frozenset(_REPEATS.sub("", w) for w in "held hold holding pressed press pressing kept until til let".split())


_LEFT_IN_CARE = frozenset({"siempre", "despido", "forever", "gone", "ido", "ida"})  # beside _leaves(): a word alone will do


def _sun_burn(tokens: list[str], at: int) -> bool:
    if tokens[at] not in _BURNS or "purpose" in tokens[at:at + 9] or "proposito" in tokens[at:at + 9]:
        return False
    if at > 1 and tokens[at - 1] in _HOUSE_HOT and tokens[at - 2] in ("the", "my", "hot", "la", "el", "mi"):
        return True
    if at > 2 and tokens[at - 1] == "me" and tokens[at - 2] in _HOUSE_HOT and tokens[at - 3] in ("la", "el", "mi"):
        return True
    if at > 1 and tokens[at - 1] in _HOT_PARTS and _HELD_TO_IT.isdisjoint(tokens[max(0, at - 6):at]):
        return True  # round 55 (falarm55): "the stroller handle burned my hand", "the metal buckle burnt her leg"
    if at and tokens[at - 1] in ("i", "yo") and not _CHILD_WORDS.isdisjoint(tokens[at + 1:at + 3]):
        return False  # round 30 review: "I burned the baby on the hot slide" is done to the child, not the sun's
    return not _SUN_HOT.isdisjoint(tokens[max(0, at - 3):at]) or not _SUN_HOT.isdisjoint(tokens[at + 1:at + 7])


_WEATHER = frozenset(_REPEATS.sub("", w) for w in "hot hotter humid degrees calor grados caliente".split())
# A number is a temperature when told as one ("it is 110 today", "104 degrees out"), never a count ("took 90 pills today").
# Round 31 review: never after a taking ("I took 100 today, it's over soon" is a count swallowed).
_SWALLOWED = frozenset(_REPEATS.sub("", w) for w in "took taken swallowed ate had tome tomado trague".split())
_TEMPERATURE_AFTER = frozenset(_REPEATS.sub("", w) for w in "degrees grados out outside afuera today hoy".split())


def _weather_said(tokens: list[str], at: int) -> bool:
    """The weather is told in the three words before this "today", with no other "today" in between: in "so hot
    today, today I end it" only the first is the weather's."""
    for i in range(at - 1, max(-1, at - 4), -1):
        word = tokens[i]
        if word in ("today", "hoy"):
            return False
        if word in _WEATHER:
            return True
        if word.isdigit() and 85 <= int(word) <= 125 and tokens[i + 1:i + 2] not in _COUNTED \
                and (tokens[i - 1:i] == ["is"] or tokens[i + 1] in _TEMPERATURE_AFTER) \
                and _SWALLOWED.isdisjoint(tokens[max(0, i - 2):i]):
            return True
    return False


# Round 55 (falarm55): an overdose "of" or "on" a treat (crisis_patterns.OD_TREATS), read from the words after it, so
# the one list serves every overdose entry without a guard string per entry and treat.
_TREATS = frozenset(tuple(_REPEATS.sub("", w) for w in treat.split("_")) for treat in OD_TREATS.split("/"))


def _treat_overdose(tokens: list[str], at: int) -> bool:
    """An overdose word with a treat after "of" or "on" (read for phrase and prefix entries alike)."""
    return tokens[at].startswith("overdos") and tokens[at + 1:at + 2] in (["of"], ["on"]) \
        and (tuple(tokens[at + 2:at + 3]) in _TREATS or tuple(tokens[at + 2:at + 4]) in _TREATS)


# Round 55 (falarm55): "dying" beside the heat named in its sentence ("this heat... I'm still dying out here", "117 today,
# dying", "muriendo con este calor") is the heat's hyperbole, as "dying of the heat" already is; never beside a wish or
# a hope ("dying out here and I hope it takes me", "ojalá me muera con este calor"), which keep their reading.
_DYING = frozenset(_REPEATS.sub("", w) for w in "dying die muriendo".split())
_DYING_READS = frozenset({"dead", "fatal", "r52_a_death"})
_HEAT_WORDS = frozenset(_REPEATS.sub("", w) for w in (
    "heat heatwave hot humid humidity degrees sun sunshine summer calor caloron sol grados bochorno verano").split())
_HOPE_WORDS = frozenset(_REPEATS.sub("", w) for w in (
    "hope hoping wish want wanna wana pray praying please let ojala quiero quisiera deseo pido rezo").split())
_HEAT_REACH = 24  # words either side (a concept window, WINDOW)


def _heat_hyperbole(tokens: list[str], at: int) -> bool:
    around = tokens[max(0, at - _HEAT_REACH):at + _HEAT_REACH]
    heat = not _HEAT_WORDS.isdisjoint(around) or any(w.isdigit() and 100 <= int(w) <= 125 for w in around if len(w) == 3)
    return heat and _HOPE_WORDS.isdisjoint(around)


# Round 30 review: "start without me" is a go-ahead only when lateness is told ("if I'm late", "not there by 9",
# "si llego tarde"); "they'll have to start without me" is no go-ahead.
_LATENESS = frozenset(_REPEATS.sub("", w) for w in "late later tarde running traffic trafico stuck delayed retrasada "
                                                   "retrasado atorada atorado".split())


def _running_late(before: list[str]) -> bool:
    return not _LATENESS.isdisjoint(before) or any(w[:1].isdigit() for w in before)


# Round 30 review: childcare is wanted only after a need ("no tengo quien", "necesito quien", "busco a alguien que");
# "ya arreglé quien le cuide para siempre" or "ya encontré quien le cuide cuando ya no esté" is the baby left in care.
# Round 31 review: "alguien" and "hay" are the sitter, not a need ("ya encontré a alguien que le cuide cuando yo no
# esté"); a departure is any of "cuando (yo) (ya) no esté", "cuando me vaya/muera", "si me pasa algo", "para siempre".
_NEED = frozenset(_REPEATS.sub("", w) for w in "necesito ocupo busco buscando buscar conseguir encontrar".split())
_DEPARTURE = re.compile(r"\b(?:cuando (?:yo )?(?:ya )?no (?:este|estoy|estare)|cuando me (?:vaya|muera)|si me pasa algo|"
                        r"para siempre|ya no (?:este|estoy|estare|voy a estar)|me despido)\b")


def _departure(words: list[str]) -> bool:
    return bool(_DEPARTURE.search(" ".join(words)))


def _leaves(words: list[str]) -> bool:
    """A departure said, or any "ya no", in these words: the baby is left in care, not minded for a day."""
    return _departure(words) or ("ya", "no") in zip(words, words[1:])


def _care_wanted(tokens: list[str], relative: int) -> bool:
    before = tokens[max(0, relative - 4):relative]
    after = tokens[relative:relative + 12]
    if _leaves(after):
        return False
    if tokens[relative + 1:relative + 2] == ["me"]:
        return True  # "ya tengo quien me cuide a la niña el jueves": minded on the writer's behalf, the writer still here
    return not _NEED.isdisjoint(before) or "tengo" in before and "no" in tokens[max(0, relative - 4):relative]


def _accompanied(tokens: list[str], at: int) -> bool:
    if tokens[at] not in _ALONG:
        return False
    if tokens[at] == "conmigo" and at > 0 and (tokens[at - 1] in _KIND_TO or tokens[at - 1] in _COME_IN):
        return True
    start = max(0, at - 6)  # round 31: "mi marido dice que si puede entrar conmigo"
    for back, word in enumerate(reversed(tokens[start:at])):
        if word in _ARTICLES_ES and at - back >= 2 and tokens[at - back - 2] in _PREPOSITIONS_ES:
            continue  # "a la sala conmigo": an article, not "me la llevo conmigo"
        if word in _CHILD_WORDS:
            return False
        if word in _COMPANIONS:
            return True
    return False


# Round 54 (falarm54): "lista" after an article or a possessive is the noun, a list ("la lista", "una lista")
_LIST_NAMED = frozenset("la una mi tu su esa esta nuestra the a my".split())


# Round 31: a child "coming with me" somewhere or on a day ("my baby is coming with me tomorrow", "the baby comes with me
# to the appointment", "el bebé se viene conmigo a la cita") is brought along, not taken into death; "tonight" is no day
# here, and "when I go, the baby is coming with me" still reads (the phrase families, and the words before it).
_BROUGHT_TO = frozenset(_REPEATS.sub("", w) for w in (
    "appointment appointments appt apt visit visits session sessions infusion infusions clinic office doctor doctors "
    "pediatrician checkup store grocery work church park gym daycare house moms grandmas cita citas clinica consulta "
    "doctora sesion sesiones infusion tienda trabajo iglesia parque casa guarderia").split())
_BRING_DAYS = frozenset(_REPEATS.sub("", w) for w in (
    "tomorrow today monday tuesday wednesday thursday friday saturday sunday weekend morning afternoon manana hoy "
    "lunes martes miercoles jueves viernes sabado domingo").split())
_PLACE_OR_DAY = _BROUGHT_TO | _BRING_DAYS


def _brought_along(tokens: list[str], at: int) -> bool:
    if tokens[at] not in ("coming", "come", "comes", "se"):
        return False
    return not _PLACE_OR_DAY.isdisjoint(tokens[at + 2:at + 8])


# Round 13: giving up refused is resolve, not hopelessness: "burnt out but I'm not giving up".
_REFUSALS = frozenset({"not", "never", "nunca"})


def _refused(tokens: list[str], at: int, concept: str) -> bool:
    return concept == "hopeless" and at > 0 and tokens[at - 1] in _REFUSALS and tokens[at] in ("giving", "give")


_GUARD_REACH = 13  # words a guard continuation may take (the longest: "my head against a brick wall all day trying to...")


class Guards(tuple):
    """An entry's guard continuations, also indexed by their first word, so that a check reads only the few that start
    with the word found (a concept may have hundreds: reading each at every hit made long messages slow)."""

    def __new__(cls, continuations) -> Guards:
        self = super().__new__(cls, continuations)
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for guard in self:
            words = tuple(guard.split(" "))
            if len(words) <= _GUARD_REACH:  # a longer one could never be read whole
                by_first.setdefault(words[0], []).append(words)
        self.by_first = {first: tuple(found) for first, found in by_first.items()}
        return self


def _guarded(tokens: list[str], at: int, guards: tuple[str, ...]) -> bool:
    """Whether the words from `at` on start with one of the guard continuations."""
    if not guards or at >= len(tokens):
        return False
    by_first = getattr(guards, "by_first", None)
    if by_first is None:
        by_first = Guards(guards).by_first
    return any(tuple(tokens[at:at + len(words)]) == words and not _self_joined_at(tokens, at + len(words))
               for words in by_first.get(tokens[at], ()))


# (mend54) a guard's harmless continuation never stands when the writer is joined on just after it ("I want to kill
# the germs and myself", "...the germs. and me"): shared by every guard
_SELF_JOINS = (("and", "myself"), ("and", "then", "myself"), ("then", "myself"), ("and", "then", "me"), ("then", "me"),
               ("and", "me", "too"), ("y", "luego", "yo"), ("y", "a", "mi"))


def _self_joined_at(tokens: list[str], at: int) -> bool:
    rest = tuple(tokens[at:at + 3])
    return any(rest[:len(join)] == join for join in _SELF_JOINS) or rest == ("and", "me")


def _entries(block: str) -> list[str]:
    """A lexicon block's entries: separated by "/", words inside an entry by spaces."""
    return [e.strip() for e in block.replace("\n", " ").split("/") if e.strip()]


# Concepts looked for on both sides of a hit: they change how the hit reads, not what it is.
_CONTEXT = frozenset({"keepsake", "survived", "their_dying", "caffeine", "idiom", "hyperbole", "care_plan", "next_person", "their_idiom", "medical", "asks_about", "accident", "serious", "chore_injury", "wry",
                      "toll", "kitchen", "cooked", "retract",
                      "proofing", "adult"})
_JOKE_FORMS = frozenset({"idiom", "hyperbole"})
MINOR_MISHAP = frozenset({"chore_injury", "minor"})
# Round 13: a laugh about coffee explains a death word, unless anything else of a crisis is there.
_NOT_A_COFFEE_JOKE = frozenset({"meds", "means", "method", "amount", "access", "plan", "death", "wish_dead", "hopeless",
                                "burden", "farewell", "absence", "self_harm", "serious", "lethal", "deadly",
                                "image_urge", "time"})


def _coffee_joke(found: set[str] | frozenset[str]) -> bool:
    return "caffeine" in found and "laugh" in found and found.isdisjoint(_NOT_A_COFFEE_JOKE)
_JOKE_MARKS = frozenset({"laugh", "wry", "hyperbole"})
# Rules about harm to a child that a joke about an adult ("my husband", "him") does not meet.
ADULT_JOKE_RULES = frozenset({"baby_harm", "violence", "baby_means"})
# Rules about a means or a medicine that a childproofing question ("where do i store the knives") explains.
PROOFING_RULES = frozenset({"means", "meds", "method", "violence"})
# A cooking tool used for cooking: only a rule of a means and where or when it is held is explained.
GOODBYE_RULE = frozenset({"farewell", "bye", "time", "plan", "setting"})  # a goodbye to someone dying
KITCHEN_RULE = frozenset({"means", "access", "amount", "setting", "time"})
_DEATH_WORDS = frozenset({"dead", "death", "means", "method", "meds", "emoji", "lethal", "deadly", "burden", "fatal"})  # what an idiom explains away
_RANK = {Tier.NONE: 0, Tier.CONCERN: 1, Tier.CRISIS: 2}
# Round 32: a harm told as repeated and as what helps ("burned myself with the iron again, it helps") is coping, which
# a chore's mishap does not explain away.
COPING = frozenset({"repeated", "serious", "self_harm"})
# Round 32: a count right after "took" with nothing named after it ("I took 100 today, it's over soon").
_TAKING = frozenset("tok taken swalowed trague tome".split())
_AFTER_TAKEN = frozenset("today tonight yesterday last this already just and at it now hoy anoche ayer ya y".split())
_OTHERS = frozenset("we they he she nosotros ellos el ella".split())


def _others_go_on(tokens: list[str], at: int) -> bool:
    """Round 32 review: "I took 20 and then we went home": the story goes on with others, a count of anything."""
    return tokens[at:at + 1] in (["and"], ["y"]) and not _OTHERS.isdisjoint(tokens[at + 1:at + 3])


def _explains(present: frozenset[str], by: frozenset[str]) -> bool:
    """Whether an explainer of EXPLAINED_BY is read in the window and none of its voids (EXPLAIN_VOID) beside it."""
    return any(e in present and present.isdisjoint(EXPLAIN_VOID.get(e, ())) for e in by)


@lru_cache(maxsize=4096)
def _window_tier(present: frozenset[str], primed: bool) -> tuple[Tier, str]:
    """The tier one window of concepts earns, and the rule that earned it (cached: a long message
    repeats the same few sets of concepts)."""
    for tier, need in RULES:
        if need <= present:
            if tier is Tier.CONCERN and primed:
                tier = Tier.CRISIS
            explained = ("idiom" in present or "hyperbole" in present and not present.isdisjoint({"laugh", "wry"})
                         or {"toll", "media"} <= present or _coffee_joke(present))  # "how many died on D-day?" about a war documentary
            if explained and "wish_dead" not in need and need & _DEATH_WORDS:
                continue  # "die of embarrassment" (not "ojalá me hubiera muerto en el parto"); the rest still counts
            if "accident" in present and present.isdisjoint({"not_accident", "r51_cover_up"}) \
                    and need & ACCIDENT_RULES:  # "burned my hand by accident" (not "...so he'd think it was an accident")
                return Tier.NONE, ""
            if "keepsake" in present and "farewell" in need and need <= KEEPSAKE_RULE:
                continue  # "letters to my baby for her first birthday, such a sweet tradition" (round 23)
            if "their_dying" in present and (need <= GOODBYE_RULE or need == {"dead", "time"}):
                continue  # "grandpa's in hospice and we're saying goodbye this weekend" (round 16)
            if {"survived", "past"} <= present and need <= SURVIVED_RULES:
                continue  # "my husband almost died in a crash years ago, he's fine now" (round 19)
            if any(concept in need and _explains(present, by) for concept, by in EXPLAINED_BY.items()):
                continue  # round 24: "the window is open, it's so hot on the 9th floor"
            if "care_plan" in present and "plan" in need:
                continue  # "my therapist and i have a plan" is a safety plan (round 11)
            if (("adult" in present and "baby" not in present) or "next_person" in present) \
                    and present & _JOKE_MARKS and need & ADULT_JOKE_RULES:
                continue  # "my husband snored so loud i wanted to smother him with my pillow haha"
            if "proofing" in present and need & PROOFING_RULES and need & {"access", "baby", "setting"}:
                continue  # "how do i store the knives so the baby can't reach them"
            if "storage_bought" in present and need == STORED_RULE and not present.isdisjoint({"proofing", "baby"}) \
                    and "r47_storage_turned" not in present:
                continue  # round 45: "bought a gun safe today ... locked up before the baby crawls"
            if ({"kitchen", "cooked"} <= present or MINOR_MISHAP <= present and "on_purpose" not in present) \
                    and "means" in need and need <= KITCHEN_RULE:
                continue  # "got a new chef's knife and cooked dinner" (not "...and I keep staring at it")
            if "chore_injury" in present and present.isdisjoint(NO_CHORE) and need & ACCIDENT_RULES \
                    and not {"baby_harm", "image_urge"} <= need and not COPING <= present:  # round 23: a pictured harm is no chore's mishap
                if present & _HABITUAL:
                    continue  # round 37: a burn "every night" is no mishap; the habit's own rules ("burned_again nightly") still hold
                return Tier.NONE, ""  # "burned my hand on the bottle warmer", not "on the stove on purpose"
            # "I wasn't joking"; a chore ("on the stove") does not soften an act done on purpose
            chore_on_purpose = not need.isdisjoint(NO_CHORE) and "chore_injury" in present  # round 38 review: and "it calms me"
            serious = "serious" in present or ("wry" in present and present.isdisjoint(_JOKE_FORMS))  # "i'm fine 🙃"
            softened = present & SOFTENERS if not serious and not chore_on_purpose else set()
            if need & (ARRANGEMENTS | TOLD_OF):  # "I'm trying to plan ahead", "the kids are at grandma's", "just wondering"
                softened -= {"safe", "softener", "story"}
            if need & NOT_MEDIA:  # round 38: "the series" of infusions, "those moms in the news": no TV plot softens it
                softened -= {"media"}
            for soft in softened & SOFTENER_VOID.keys():  # round 38 review: "if I leave work early ... I'll do it"
                if not present.isdisjoint(SOFTENER_VOID[soft]):
                    softened -= {soft}
            for soft in softened & SOFTENS_ONLY.keys():  # "the surprise party" softens a planned date, nothing else
                if not need <= SOFTENS_ONLY[soft]:
                    softened -= {soft}
            own_turn = present & OWN_AFTER_LOSS
            if "rite" in present:  # round 38 review: "flying to the funeral, I want to go too" is a trip
                own_turn -= RITE_TRIP
            if "loss_told" in present and own_turn:
                softened -= {"safe", "softener", "story", "others"}  # round 37 (b): "my uncle died and I want to go with him"
            medical = "medical" in present and need & MEDICAL_RULES
            if softened or medical:  # a laugh alone never takes the check-in away ("only little cuts lol")
                if not (tier is Tier.CRISIS or (softened == {"laugh"} and not medical)
                        or (softened and softened <= STEP_ONLY and not medical)):
                    continue  # softened away; a later rule may still hold ("deadly if someone took...")
                tier = Tier.CONCERN
            return tier, "+".join(sorted(need))
    if primed and present & PRIMED_ALONE:
        return Tier.CRISIS, "primed+" + min(present & PRIMED_ALONE)
    return Tier.NONE, ""


def _death_beyond_idioms(hits: list[tuple[int, str]]) -> bool:
    """A death word that is not part of an idiom ("she'd rather die than..., I want to die")."""
    idioms = [at for at, c in hits if c in ("idiom", "their_idiom")]
    return any(c in ("dead", "death", "fatal") and not any(0 <= at - i <= 4 for i in idioms) for at, c in hits)


_FIRST_PERSON = frozenset("i im ill id ive me myself yo".split())


def _own_death(tokens: list[str], hits: list[tuple[int, str]], apart_from: str = "") -> bool:
    """A death word with the writer just before it ("I'll be dead by", "me muero"), not a pet's or a
    relative's; with `apart_from`, also more than four words from every hit of that concept
    ("I want to die of embarrassment" is the idiom itself)."""
    others = [at for at, c in hits if c == apart_from]
    return any(c in ("dead", "death") and not _FIRST_PERSON.isdisjoint(tokens[max(0, at - 3):at])
               and all(abs(at - o) > 4 for o in others) for at, c in hits)


# Round 30: a visit missed ("I won't make it to", "I won't be there Friday", "my last day") is no absence when it is
# moved, named by its hour or marked with a treat for the staff within a few words; other absences stay.
_VISIT_MOVED = frozenset({"resched", "appt_time", "treat"})
_FOR_GOOD = frozenset({"ya", "nunca", "never"})


# Round 30 review: only the one absence that governs the visit is muted (the last one before an hour or a move, the
# nearest one to a treat), and never one said for good ("I won't be here at all after tonight", "won't be anywhere").
_FOR_GOOD_AFTER = frozenset(_REPEATS.sub("", w) for w in "anywhere anymore ever forever grow siempre ningun nunca "
                                                         "again".split())
_FOR_GOOD_PAIRS = frozenset({("at", "all"), ("any", "more"), ("after", "tonight"), ("see", "him"), ("see", "her")})


def _visit_moved(tokens: list[str], hits: list[tuple[int, str]]) -> list[tuple[int, str]]:
    runs: list[list[int]] = []  # one absence said in several overlapping wordings ("i wil not be here")
    for at in sorted({at for at, c in hits if c == "missed_visit"}):
        if runs and at - runs[-1][-1] <= 3:
            runs[-1].append(at)
        else:
            runs.append([at])
    muted: set[int] = set()
    thanks_passed_on = any(c == "pass_on" for _, c in hits)
    for m, concept in hits:
        if concept not in _VISIT_MOVED or concept == "treat" and thanks_passed_on:
            continue  # "dejé pan dulce para las enfermeras. no voy a estar, díganle gracias a la doctora": a goodbye
        near = [run for run in runs if run[0] < m] if concept != "treat" else runs
        near = [run for run in near if min(abs(at - m) for at in run) <= WINDOW]
        if not near:
            continue
        run = min(near, key=lambda run: min(abs(at - m) for at in run))
        after = tokens[run[-1] + 1:run[-1] + 8]
        if run[0] and tokens[run[0] - 1] in _FOR_GOOD:  # "ya no voy a estar para la otra cita" stays
            continue
        if not _FOR_GOOD_AFTER.isdisjoint(after) or not _FOR_GOOD_PAIRS.isdisjoint(zip(after, after[1:])):
            continue
        muted.update(run)
    return [(at, c) for at, c in hits if c != "absence" or at not in muted]


def _schedule_left(hits: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Round 38 review: "if I leave work early" is a schedule: the absence that "if I leave" reads at the same word is
    dropped, unless an act is stated anywhere in the message ("...I'll do it before anyone gets home")."""
    if any(c in ACT_STATED for _, c in hits):
        return hits
    left = {at for at, c in hits if c == "sched_leave"}
    return [(at, c) for at, c in hits if not (c == "absence" and at in left)]


# Words that may follow "I want to go too" as a new clause ("...and I want to go too, I have the pills")
_CLAUSE_START = frozenset("i im ill id ive and but so with honestly already now soon lol maybe sometimes someday like "
                          "because bc tbh to just please she he they it y pero porque ya".split())


def _going_too(tokens: list[str], hits: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Round 38 review: "want to go too" reads as "want to go to" (the spelling is squashed): it is the writer's turn
    only at the end or before a new clause, not before a place ("I want to go to Texas to see my cousins")."""
    def place_follows(at: int) -> bool:
        for j in range(at, min(at + 6, len(tokens) - 1)):
            if tokens[j] == "go" and tokens[j + 1] == "to":
                return j + 2 < len(tokens) and tokens[j + 2] not in _CLAUSE_START
        return False
    return [(at, c) for at, c in hits if c != "go_too" or not place_follows(at)]


# Round 45: a whole message that only says "it's tonight" names a time for something left unsaid; with nothing
# else it is worth the check-in ("it's tonight at 7, the party" says more and is not this). Round 46 adds a whole
# message that only says the letters are written ("leters writen", "cartas escritas").
_BARE_TIME_OR_LETTERS = frozenset({"it is tonight", "it hapens tonight", "it will be tonight", "it wil be tonight",
                           "tonight is the night", "tonight it is", "its going to be tonight", "it is going to be tonight",
                           "es esta noche", "sera esta noche", "esta noche es la noche", "hoy es la noche", "va a ser esta noche",
                           "es hoy en la noche", "esta noche sera"})


def _bare_time_or_letters(tokens: list[str]) -> bool:
    return " ".join(tokens) in _BARE_TIME_OR_LETTERS


def read_concepts(tokens: list[str], lexicon: Lexicon, *, primed: bool = False,
                  emoji: bool = False) -> ConceptReading:
    """The highest tier any window earns: the concepts from a hit to WINDOW words after it, with
    softeners and idioms looked for WINDOW words either side. `emoji`: the message used an emoji
    for a means or for death ("🔫 + me"), which alone is worth the check-in."""
    hits = lexicon.tag(tokens)
    if any(c == "sched_leave" for _, c in hits):
        hits = _schedule_left(hits)
    if any(c == "go_too" for _, c in hits):
        hits = _going_too(tokens, hits)
    if any(c in _VISIT_MOVED for _, c in hits):
        hits = _visit_moved(tokens, hits)
    if any(c == "r51_scald_self" for _, c in hits):
        hits = _spill_then_pour(hits)  # mend50
    if emoji:
        hits.insert(0, (0, "emoji"))
    positions = [at for at, _ in hits]
    best, kinds = Tier.NONE, []
    for at, _ in hits:
        present = {c for _, c in hits[bisect_left(positions, at):bisect_right(positions, at + WINDOW)]}
        around = hits[bisect_left(positions, at - WINDOW):bisect_right(positions, at + WINDOW)]
        present |= {c for _, c in around if c in SOFTENERS or c in _CONTEXT}
        if "idiom" in present and _own_death(tokens, around, apart_from="idiom"):
            present.discard("idiom")  # "the car died and I'll be dead by tomorrow": the idiom is another clause
        if "their_dying" in present and _own_death(tokens, around):
            present.discard("their_dying")  # "my cat died, I'll be dead by tomorrow": that death is the writer's
        tier, rule = _window_tier(frozenset(present), primed)
        if _RANK[tier] > _RANK[best]:
            best, kinds = tier, [rule]
        elif tier is best and rule and rule not in kinds:
            kinds.append(rule)
    if primed and best is Tier.NONE and len(tokens) <= SHORT and (
            any(c == "time" for _, c in hits) or not PRIMED_WHEN.isdisjoint(tokens)):
        best, kinds = Tier.CRISIS, ["primed+time"]
    if best is Tier.NONE and _bare_time_or_letters(tokens):
        best, kinds = Tier.CONCERN, ["bare_tonight"]
    if best is Tier.NONE and (_bare_plan(tokens) or _bare_way_question(tokens)):  # round 47
        best, kinds = Tier.CONCERN, ["bare_plan"]
    if best is Tier.NONE and (_r48_time_away(tokens) or _r48_deadline_it(tokens) or _r48_bought_method(tokens)):
        best, kinds = Tier.CONCERN, ["bare_plan"]  # round 48
    risk = best is not Tier.NONE or any(c in RISK for _, c in hits)
    found = {c for _, c in hits}
    framed = not found.isdisjoint(FRAMES) and "serious" not in found
    # someone else's suicide with a safety statement or told as past; a TV plot asked about or a tip asked for
    reported = "serious" not in found and ("others" in found and not found.isdisjoint({"safe", "past"})
                                           or "media" in found and not found.isdisjoint({"softener", "asks_about", "safe"})
                                           or {"child_said", "baby"} <= found
                                           or "child_asked" in found  # round 14: a small child's question
                                           or {"idiom", "media"} <= found  # "a podcast about the Black Death"
                                           or {"care_plan", "safe"} <= found  # a safety plan, "not in danger"
                                           # round 12: a safety plan named with no risk wording at all
                                           or "care_plan" in found and found.isdisjoint(RISK))
    # (mend54) a laugh is no joke when the writer is joined on after the harm ("lmao ...murder him. and then myself")
    joking = ("laugh" in found or "wry" in found and not found.isdisjoint(_JOKE_FORMS)) and "serious" not in found \
        and "then_me" not in found
    # round 11: someone else's idiom ("my sister says she'd rather die than...") needs no laugh to be one
    # round 13: a chore's mishap said to be minor ("me quemé con el comal, nada grave") explains the burn words
    explained = (joking and not found.isdisjoint(_JOKE_FORMS) or _coffee_joke(found) or MINOR_MISHAP <= found and found.isdisjoint(
        {"on_purpose", "serious", "hiding"}) or (
        "their_idiom" in found and "serious" not in found and not _death_beyond_idioms(hits))) \
        and "then_me" not in found  # (mend54) "lmao ...I'm going to kill him. and then myself" is no hyperbole
    # (mend54) never with the writer joined on after ("...I'm going to murder him. and then myself")
    aimed_elsewhere = (("adult" in found and "baby" not in found or "next_person" in found) and "serious" not in found
                       and (joking or "retract" in found) and "then_me" not in found)
    return ConceptReading(best, tuple(f"concept:{k}" for k in kinds[:3]), risk, "asks_about" in found, framed,
                          reported, joking, explained, frozenset(found), aimed_elsewhere)
# Wanting to see or talk to no one is withdrawal, a symptom asked about ("she doesn't want to see anyone,
# what are the signs of PPD"), not an urge; "want to see the water" and "want to see how it feels" still are.
for _entry in ("want to", "wanted to"):
    ENTRY_GUARDS[_entry] = "!see_anyone/see_anybody/see_people/see_friends/see_her_friends/see_his_friends/" \
                           "see_my_friends/talk_to_anyone/talk_to_anybody/talk_to_people/go_out/leave_the_house/get_out_of_bed/" \
                           "be_around_anyone/be_around_anybody/be_around_people/be_with_anyone/" \
                           "share/ask/let_you_know/update_you/thank/say_thank/say_thanks"  # round 17: news told, not an urge
# Round 16: a decision about when to start something, not being here when a parcel comes, are logistics.
ENTRY_GUARDS.update({
    **dict.fromkeys(("need to decide when", "just need to decide when"),
                    "!to/we/i/you/is/the/my/our/she/he/they/it/your"),
    **dict.fromkeys(("decide cuando", "decidir cuando", "need to decide cuando"), "!empezar/empiezo/comenzar/voy/ir/es/la/el/me/te"),
    **dict.fromkeys(("just in case i am not here", "in case i am not here", "por si no estoy", "por si ya no estoy"),
                    "!when/at/on/for/by/to/and/yet/in_time/early/cuando/a_la/en/para/home/in/with/during/while"),
    # "when the baby stops needing me at night so I can go back to work" is a feeding question
    **dict.fromkeys(("so i can go", "then i can go", "so i can leave", "then i can leave", "para poder irme", "y ya me puedo ir",
                     "y me puedo ir"), "!back/to/out/in/home/for/shopping/get/see/pick/run/work/sleep/on/with/and/grab/"
                                       "take/visit/outside/ahead/a/al/de/con/por/para/early/now/tomorrow/today/at"),
    **dict.fromkeys(("stop needing me", "stopped needing me", "no longer needs me", "deje de necesitarme"),
                    "!at/at_night/for/during/to/so_much/as_much/every/in_the/overnight/por_la/en_la/de_noche"),
    **dict.fromkeys(("que te mata", "que te mate", "que me mate"), "!de/el/la/los/las/con/a/en/trabajando"),
    **dict.fromkeys(("calls me home", "call me home"), "!phone/number/line/later/at/to/for/after/before/tomorrow/today/when"),
})
# Round 18: still cutting teeth, dairy or hours is no self-harm; a rope up only as a tied one.
ENTRY_GUARDS["stil cuting"] = ("!teeth/teth/a_tooth/a_toth/his/her/their/out/back/down/dairy/sugar/carbs/gluten/caffeine/"
                               "coffee/the/my_hair/hair/his_hair/her_hair/bangs/nails/his_nails/her_nails/fod/food/"
                               "grapes/up/it/them/coupons/hours/my_hours/my_nails/my_bangs/my_own/my_sons/my_daughters/costs/for/with/in/on")
# Round 21: a score "high enough to qualify" is no height; thinking of a parent who died "a lot" is missing him.
ENTRY_GUARDS.update({
    "high enough to": "!qualify/get/be_covered/be_eligible/count/need/start/be_approved/matter",
    "high enough": "!to_qualify/to_get/to_be/to_count/to_need/to_start/for/score/of_a/dose/on",
    **dict.fromkeys(("thinking about", "think about", "thinking of"),
                    "!him_a_lot/her_a_lot/him_alot/her_alot/them_a_lot/him_every_day/her_every_day/him_all_the_time/"
                    "her_all_the_time/him_lately/her_lately/him_today/her_today/him_so_much/her_so_much"),
})

# Round 23 (false alarms). Someone else's death told as such ("my sister died of cancer 10 years ago and today
# is her birthday") is their death, not the writer's, as a grandparent's already was: it explains a death word
# with a time, never a wish ("...and I want to be with her"), which the other rules still read.
_RELATIVES = ("mom mother dad father sister brother aunt uncle cousin friend best_friend grandma grandpa grandmother "
              "grandfather husband wife son daughter niece nephew stepdad stepmom mother_in_law father_in_law").split()
LEXICON["their_dying"] += "/" + "/".join(
    f"{who.replace('_', ' ')} {verb}" for who in _RELATIVES for verb in ("died", "passed", "passed away"))
LEXICON["their_dying"] += "/se murio mi mama/se murio mi papa/se murio mi hermana/se murio mi hermano/murio mi mama/murio mi papa"
# A wish about someone else ("I wish she could see her grandson") is missing them, not an urge.
ENTRY_GUARDS["i wish"] = ENTRY_GUARDS.get("i wish", CONCEPT_GUARDS.get("image_urge", "!")) + ("/she_could_see/he_could_see/she_could_meet/he_could_meet/she_could_have/he_could_have/"
                           "she_was_here/he_was_here/she_were_here/he_were_here/she_could_be_here/he_could_be_here/"
                           "they_could_see/they_could_meet/they_could_be_here/you_could_see/you_could_meet")
# "ando muerta": worn out, as "muerta de cansancio" already is.
LEXICON["idiom"] += "/ando muerta/ando muerto/andamos muertos/ando bien muerta/ando bien muerto"
# A medicine schedule named ("me tomé todas mis pastillas de la mañana", "took all my pills for today") reads as
# a daily dose: one step down, as a dose read off the label is; a phrase match takes the check-in, not the full reply.
LEXICON["daily_dose"] = "/".join(
    [f"{noun} {when}" for noun in ("pills", "meds", "medication", "medicine", "vitamins")
     for when in ("for today", "for the day", "for the morning")]
    + [f"{noun} {when}" for noun in ("pastillas", "medicinas", "vitaminas", "pastilla")
       for when in ("de la manana", "de la noche", "de hoy", "del dia")])
SOFTENERS = SOFTENERS | {"daily_dose"}
FRAMES = FRAMES | {"daily_dose"}
# Own words explained as being about a chore ("I said 'I can't do this anymore' at dinner but I meant breastfeeding"):
# a phrase match beside it takes the check-in, not the full crisis reply.
LEXICON["meant_chore"] = "/".join(
    f"{lead} {chore.replace('_', ' ')}" for lead in ("meant", "referia a", "hablaba de")
    for chore in _CHORES.lstrip("!").split("/") if chore not in ("today", "this_week"))
FRAMES = FRAMES | {"meant_chore"}
# Worry about an accident ("how hot should bath water be, I'm paranoid about burning her") asks about care: harm to
# the baby read beside it takes the check-in.
LEXICON["asks_about"] += "/paranoid about/paranoid of/so paranoid about/how hot should/what temperature should"
# Locked away from a child, in Spanish ("quiero que guarde los rifles bajo llave ahora que hay bebé").
LEXICON["proofing"] += "/bajo llave/con llave/bajo candado/caja fuerte/guarde los/guarde las/guardar los/guardar las"
# Batch 23 studied: "dead on his feet" as "dead on my feet" already was.
LEXICON["idiom"] += "/dead on his feet/dead on her feet/dead on their feet/dead on our feet/dead on your feet"
# A keepsake ("writing letters to my baby for her first birthday, such a sweet tradition") explains letters: a
# farewell rule of letters, the baby and when is no crisis beside it; absence or a plan beside them still is.
LEXICON["keepsake"] = ("tradition/keepsake/keepsakes/time capsule/baby book/memory box/memory book/scrapbook/"
                       "tradicion/recuerdo para/libro del bebe/caja de recuerdos")
KEEPSAKE_RULE = frozenset({"farewell", "baby", "time", "date", "pron"})
# Spanish dosing questions read as the English ones ("¿cuántos miligramos de ibuprofeno puedo tomar dando pecho?")
LEXICON["medical"] += ("/puedo tomar/se puede tomar/puedo tomarme/es seguro tomar/dando pecho/dando de mamar/amamantando/"
                       "miligramos/safe while nursing/safe for breastfeeding/is safe postpartum")
# A building's floors asked about for a visit ("how many floors is your office on? ... an elevator for the stroller"):
# logistics, not a height; "how many floors? I've been looking for a tall one" still reads.
_VISIT = "is_your/is_the/is_it/is_it_on/does_your/does_the/does_it/are_you/are_you_on/do_you/up_is/has_your/has_the/in_your/in_the_building"
ENTRY_GUARDS["flors"] = CONCEPT_GUARDS["means"] + "/" + _VISIT
ENTRY_GUARDS["how many floors"] = "!" + _VISIT
# A panic attack told ("had a panic attack and thought I was dying, turns out it was anxiety"): the feeling of
# dying, an idiom of fear, as "dying of stress" is.
LEXICON["idiom"] += "/thought i was dying/thought i was going to die/felt like i was dying/pense que me moria/senti que me moria"

_CONTEXT = _CONTEXT | {"airing", "outing", "away_reason"}  # round 24: looked for on both sides of a hit
_CONTEXT = _CONTEXT | {"affection"}
_CONTEXT = _CONTEXT | {"settled", "night_care", "ordinary_reason", "skin_care", "recovered", "purchase", "trip_words", "craft", "redo_chore", "leisure", "supply"}  # round 25
_DEATH_WORDS = _DEATH_WORDS | {"if_dead"}  # "if I'm dead tired by then" is the idiom
KITCHEN_RULE = KITCHEN_RULE | {"near_me"}  # "the chef's knife next to me, chopping onions"
_CONTEXT = _CONTEXT | {"tries_reason", "beach_day", "care_reason", "countdown_reason", "feed_additive", "grooming", "errand", "real_cause", "bath_care", "heart_everyday"}  # round 26


# Round 26, idioms and everyday causes (false alarms of the sure tier). Each guard names what follows the words in
# their everyday reading; the same words with no such continuation read as before.
def _guard_joined(old: str, continuations: str) -> str:
    """A guard ("!a/b") with continuations added, each once: a guard is read as a set, so a repeat only adds length
    (tidy53: repeats were 150 of the 39,979 strings test_the_roof_chore_reading_keeps_the_lexicon_small counts)."""
    have = set(old[1:].split("/"))
    more = [c for c in dict.fromkeys(continuations.split("/")) if c and c not in have]
    return old + ("/" if old != "!" and more else "") + "/".join(more)


def _guard_more(entries: tuple[str, ...], continuations: str) -> None:
    """Add continuations to the guards the entries already have."""
    for entry in entries:
        ENTRY_GUARDS[entry] = _guard_joined(ENTRY_GUARDS.get(entry, "!"), continuations)


# Batch 29 studied: someone to mind the baby for a while ("alguien que me cuide al bebé mientras estoy en la cita",
# "que cuiden a la niña durante la infusión"): childcare for an errand, not the baby left in someone's care for good.
_A_WHILE = ("mientras/durante/en_la_cita/en_mi_cita/un_rato/unas_horas/por_un_rato/por_unas_horas/esa_manana/esa_tarde/"
            "el_dia_de_la_cita/while/during")
# Round 30 review: the baby left in someone's care named with "mi/mis" ("ya encontré quien le cuide a mi bebé cuando yo
# ya no esté"), with the same errands guarded.
_extend({"farewell": "cuide a mi/cuides a mi/cuide a mis/cuides a mis"})
_guard_more(("cuide al", "cuides al", "cuide a la", "cuides a la", "cuiden a", "cuida a mi", "cuide a mi", "cuides a mi",
             "cuide a mis", "cuides a mis"),
            "/".join(f"{who}_{tail}" for who in ("bebe", "baby", "nino", "nina", "nene", "nena", "ninos", "mi_bebe", "mi_baby",
                                                 "mi_nino", "mi_nina", "mis_hijos", "mi_hijo", "mi_hija", "hijo", "hija")
                     for tail in _A_WHILE.split("/")) + "/" + _A_WHILE)


# (the head against a wall with an object of frustration or an accident's cause after it is read in
# bot.core.safety._HEAD_VEXED, before the concepts)

# - "long sleeves and bandages after my c-section", "new scars from my c-section": a wound with a medical cause named
#   right after it (a surgery, stitches, an IV, a blood draw, a tattoo) is that wound; "scars on my thighs" still reads.
_MEDICAL_CAUSES = ("c_section/c_sections/csection/cesarean/section/surgery/surgeries/stitches/episiotomy/incision/iv/"
                   "iv_site/blood_draw/blood_draws/labs/tattoo/tattoos/piercing/biopsy/epidural/birth/delivery/"
                   "vaccine/shots/cesarea/cirugia/puntos").split("/")
_WOUND_CAUSED = "/".join(f"{prep}_{owner}{cause}"
                         for prep in ("after", "from", "de", "por")  # a cause; "since the birth" is only a time
                         for owner in ("", "my_", "the_", "her_", "mi_", "la_") for cause in _MEDICAL_CAUSES)
_guard_more(("scars", "new scars", "bandages", "band aids", "bandaids", "long sleeves", "long sleves", "new one"),
            _WOUND_CAUSED)

# - "gave away all my stuff to the thrift store": donated, not a farewell; "gave away all my things, they won't
#   need to deal with it after" still reads.
_DONATED_TO = DONATED_GUARD.lstrip("!").split("/")  # as the phrase families read it
_THINGS = "things/stuff/clothes/books/shoes/belongings/old_stuff/old_things/extra_stuff".split("/")
_guard_more(("giving away my things", "giving away my stuff", "gave away my things", "gave away my stuff",
             "gave away my clothes", "giving my things away", "all my things", "all my stuff", "all my belongings"),
            "/".join(_DONATED_TO))
_guard_more(("gave away all my", "gave all my stuff"),
            "/".join(_DONATED_TO + [f"{thing}_{dest}" for thing in _THINGS for dest in _DONATED_TO]))

# - "is an overdose painless? my sister OD'd": a relative's overdose named explains the question about one (the
#   check-in of an overdose thought peaceful still reads); "is an overdose painless? asking for me" is still sure.
LEXICON["their_od"] = "/".join(f"{who.replace('_', ' ')} {verb}" for who in _RELATIVES
                               for verb in ("od", "ods", "oded", "overdosed", "had an overdose", "died of an overdose"))
_CONTEXT = _CONTEXT | {"their_od"}
EXPLAINED_BY["question"] = EXPLAINED_BY.get("question", frozenset()) | {"their_od"}

# - "the ocean keeps calling my name, booking a cruise": a place calling one's name is the calls_name concept, sure
#   beside a means as before, and explained by a trip or a beach day as it already was.
_guard_more(("keeps calling",), "my_name")
SURE_WITH["calls_name"] = SURE_WITH.get("calls_name", "") + " means"
LEXICON["getaway"] = ("cabin/getaway/camping/campsite/road trip/airbnb/resort/beach house/lake house/vacation rental/"
                      "weekend trip/cabana")
_CONTEXT = _CONTEXT | {"getaway"}
EXPLAINED_BY["calls_name"] = EXPLAINED_BY["calls_name"] | {"getaway"}

# - "my mind is made up about starting treatment": a decision with its object (as "mind made up about" already is);
#   "I know how it ends, I read the book": the ending of a story, as "know how it ends" already reads it.
_guard_more(("my mind is made up", "made up my mind"), (
        "about_starting/about_trying/about_booking/about_going_back/about_switching/about_signing/about_treatment/"
        "about_the_treatment/about_ketamine/about_therapy/about_formula/about_breastfeeding/about_weaning/"
        "about_the_clinic/about_which/about_whether/about_the_infusion/about_my_treatment/to_start/to_try/to_book/"
        "to_switch/to_go_ahead/to_sign_up/to_do_the_treatment/on_treatment/on_the_treatment/on_ketamine"))
_guard_more(("i know how",), "/".join(
    f"{ends}_{tail}" for ends in ("it_ends", "this_ends", "the_story_ends", "the_book_ends", "the_show_ends")
    for tail in ENTRY_GUARDS["know how it ends"].lstrip("!").split("/")))


# Round 27, from batch 27's rules-alone misses. Check-ins all, each of two ideas, guarded against the everyday readings:
# - a small sharp thing pushed into one's own body ("a pen into my palm", "un alfiler en el muslo"), a blow to one's
#   body kept up until it marks ("until it bruised"), old wounds reopened (the scars, not only the cuts);
# - affairs settled (a will, who gets the house or the children) beside a thank-you passed on through someone;
# - a partner's warning signs: "you'll meet someone else" said to the one left, and "planning something" feared;
# - the family better off with someone who is not me; an ending made to look like an accident or not chosen;
# - dead inside and wanting the outside to match; sleeping in a car with the garage shut; a child left near water
#   on purpose, "and wait"; a prayer to stop breathing in one's sleep; "not continuing with my life";
# - erased or deleted as a person; driving until a wall; "the bottle open" in the small hours; a goodbye that
#   clears the others ("it's not your fault", "you tried"); "not a figure of speech"; "if anything happens" said in
#   earnest; a peril to the baby that no longer frightens; "finishing what I started" after an attempt; lying down
#   on a road "and let it be over"; going to heaven and taking the baby.
ROUND_TWENTY_SEVEN: dict[str, str] = {
    "jab": """sticking a/stuck a/stick a/jabbing a/jabbed a/jab a/digging a/dug a/pushing a/pushed a/poking a/poked a/
        clavandome un/clavandome una/me clave un/me clave una/clavarme un/clavarme una/me encaje un/me encaje una""",
    "small_sharp": """fork/pin/safety pin/thumbtack/tack/paperclip/paper clip/compass/pen/pencil/nail file/tenedor/alfiler/
        tachuela/clip/compas/lapiz/pluma""",
    "until_mark": """until it turned purple/until it went purple/until it bruised/until it bled/until it was bleeding/
        until it went numb/until i bruised/until i bled/until there was a bruise/until it left a mark/
        hasta que se puso morado/hasta que quedo morado/hasta que sangro/hasta que me sangro/hasta dejar marca""",
    "self_blow": """whacked my/whacking my/whack my/smacked my own/hit my own/hitting my own/slapped my own/punched my own/
        me pegue en/me pego en/golpee mi/me golpee""",
    "reopen": "reopened the/reopened my/reopened old/volvi a abrir/reabri",
    "thanks_pass": """say thank you to the nurses/say thanks to the nurses/thank you to the nurses/thank the nurses/
        tell the nurses thank you/tell the nurses thanks/gracias a las enfermeras/diganle gracias/denle las gracias/
        say thank you to everyone/thank everyone for me/thank them for me/tell them thank you""",
    "bequest": """gets the house/gets the baby/gets the kids/gets my car/gets my jewelry/gets my things/gets the children/
        se queda con la casa/se queda con el bebe/se queda con los ninos/se queda con mis cosas""",
    "split_reason": "divorce/custody/separation/settlement/lawyer/mediation/divorcio/custodia/separacion/abogado",
    "replace_me": """meet someone nice/meet someone new/meet someone better/find someone better/find someone else/
        someone who is not me/someone who isnt me/someone better than me/a better mom than me/a better wife than me/
        alguien que no sea yo/alguien mejor que yo/una mejor mama que yo/conocer a alguien mejor/one who is not me/
        one who isnt me/a do over mom/a redo mom/una que no sea yo/otra mama que no sea yo""",
    "deserve": "deserve/deserves/merecen/merece",
    "left_one": "you will be fine/youll be fine/vas a estar bien/vas a estar bien sin mi",
    "worry_word": "worried/worry/scared/afraid/preocupada/preocupado/miedo",
    "their_meds_stop": """stopped taking her/stopped taking his/quit taking her/quit taking his/not taking her/not taking his/
        dejo de tomar sus/ya no se toma sus/ya no toma sus""",
    "estate": """the will is signed/my will is signed/signed my will/finished my will/my will is done/wrote my will/
        hice el testamento/hice mi testamento/firme el testamento/firme mi testamento""",
    "insurance": "coverage/benefits/the policy/refund policy/la poliza/cobertura",
    "planning_something": "planning something/planing something/esta planeando algo/planea algo",
    "unchosen": """without it looking like i chose it/look like i chose it/looks like i chose it/look like an accident/
        looks like an accident/looked like an accident/que parezca un accidente/que parezca accidente/
        without it looking like suicide/so no one knows i chose it""",
    "inner_dead": "dying inside/dead inside/muerta por dentro/muerto por dentro/muriendo por dentro",
    "outside_match": "outside to match/the outside to match/my body to match/outside matched/que por fuera tambien",
    "sealed_garage": """garage shut/garage closed/garage door shut/garage door closed/closed garage/shut garage/
        garage door down/garaje cerrado/cochera cerrada/el garaje cerrado/la cochera cerrada""",
    "in_car": "in the car/inside the car/in my car/en el carro/en el coche/dentro del carro/in the van",
    "warm_up": "warm up/warming up/warmed up/heat up/defrost/calentar/a calentar",
    "edge_near": "near the edge/close to the edge/by the edge/right at the edge/cerca de la orilla/al borde/en la orilla",
    "and_wait": "and wait/and watch/and just wait/and just watch/y espero/y me quedo viendo/y me quedo mirando",
    "own_breath_stop": """that i stop breathing/i would stop breathing/i just stop breathing/i stop breathing in my sleep/
        i would just stop breathing/my heart stops in my sleep/que deje de respirar/que pare de respirar/que parara de respirar/dejar de respirar dormida/
        que me deje de latir el corazon""",
    "apnea": "apnea/sleep apnea/cpap/snore/snoring/ronco/apnea del sueno",
    "death": """not be continuing with my life/not continuing with my life/not continue with my life/not going on with my life/
        no voy a seguir con mi vida/no seguir con mi vida/asleep forever/dormidos para siempre/dormidas para siempre""",
    "erased": """to be erased/be erased/delete myself/deleting myself/undo my existence/undo my whole existence/
        erase my existence/erase myself/borrarme/que me borren/borrar mi existencia""",
    "method": """drive until i find a wall/drive until i hit a wall/drive until i hit something/drive til i hit a wall/
        drive until i find a tree/drive until i hit a tree/drive till i hit a wall/manejar hasta chocar/
        manejar hasta estrellarme/lie down on the freeway/lie down on the highway/lie down in traffic/lay down in traffic/
        lie down on the road/lie down in the road/acostarme en la carretera/acostarme en la autopista""",
    "open_bottle": """have the bottle open/got the bottle open/the bottle is open/bottle open in front of me/
        tengo el frasco abierto/tengo la botella abierta/el frasco abierto""",
    "small_hours": """it is am/its am/at am/middle of the night/cant sleep/can not sleep/madrugada/de la madrugada/
        son las/everyone is asleep/todos duermen""",
    "feed_care": """formula/milk/breast milk/feeding/feed/warm/warming/how long/expire/expires/fridge/wine/beer/champagne/
        leche/vino/cerveza/refrigerador""",
    "clears_them": """it is not your fault/not your fault/no es tu culpa/no es culpa de ustedes/no one is to blame/
        nobody is to blame/dont blame yourselves/do not blame yourselves/you tried/you all tried/you did your best/
        hicieron lo que pudieron/hiciste lo que pudiste""",
    "admin_cause": """insurance/billing/bill/schedule/scheduling/appointment/pharmacy/copay/the system/prior auth/
        seguro/cita/farmacia/horario/denied/coverage/covered/claim/no lo cubrio/lo negaron/rechazaron""",
    "serious": "not a figure of speech/not a metaphor/i mean it literally/no es un decir/no es una forma de hablar/no es metafora",
    "hopeless": "can not do this life anymore/can not do life anymore/no puedo con esta vida/ya no puedo con esta vida",
    "risky_event": """surgery/operation/delivery/labor/labour/birth/c section/flight/trip/travel/deployment/deployed/
        cirugia/operacion/parto/cesarea/viaje/vuelo""",
    "illness": "flu/cold/covid/sick/infection/surgery/gripa/gripe/enferma/enfermo/infeccion",
    "if_anything": """if anything happens/if something happens to me/if anything happens to me/si algo me pasa/si me pasa algo/
        if anything happens to her/if anything happens to him/si algo le pasa/si le pasa algo""",
    "low_mood": "been so low/been really low/tan deprimida/tan deprimido/muy bajoneada/muy bajoneado",
    "baby_peril": """choking/choke/chokes/drowning/drown/suffocating/suffocate/smothering/falling/ahogandose/ahogarse/
        asfixiarse/atragantandose""",
    "unscared": """does not scare me like it should/doesnt scare me like it should/does not scare me anymore/
        part of me wants it/part of me wants that/no me asusta como deberia/una parte de mi lo quiere/
        not scared anymore/is not scared anymore/ya no tiene miedo/ya no tengo miedo""",
    "finish_started": """finishing what i started/finish what i started/finishing the job i started/
        terminar lo que empece/acabar lo que empece""",
    "lie_down": "lie down on the/lay down on the/lie down in the/acostarme en la/tirarme en la",
    "let_over": "let it be over/let it all be over/let it end/dejar que se acabe/que se acabe ya",
    "takes_baby": """taking baby with her/taking the baby with her/taking baby with me/taking the baby with me/
        take the baby with me/take baby with me/me llevo al bebe conmigo/llevarme al bebe/se lleva al bebe""",
    "heaven_go": """going to heaven/go to heaven/goes to heaven/to be with the angels/voy al cielo/nos vamos al cielo/
        se va al cielo/con los angelitos""",
    "if_gone": "if a patient passes away/if a patient passes/if a patient passed away/if a patient died/if the mom died/if a mom died/if the mother died/if mom died",
}
_extend(ROUND_TWENTY_SEVEN)
_REOPEN_GUARD = ENTRY_GUARDS["reopen the"]
_DURING_CARE = "during/at/in/with_the_infusion/with_my_infusion/after_the_infusion/on_the_way/while"
_guard_more(("si le pasa algo",), _DURING_CARE)  # its guard of a harm to the baby ("...al bebé") kept
ENTRY_GUARDS.update({
    **dict.fromkeys(("reopened the", "reopened my"), _REOPEN_GUARD),
    **dict.fromkeys(("pen", "pencil", "pin", "tack", "compass", "clip"), "!and_paper/pal/holder/the_diaper/cushion"),
    **dict.fromkeys(("meet someone nice", "meet someone new", "find someone else"),
                    "!at/for/to_watch/to_help/to_babysit/to_cover/who_can/for_the/to_take/in_the_group"),
    **dict.fromkeys(("planning something", "planing something"), "!for/with/nice/special/fun/big/a_surprise/surprise"),
    **dict.fromkeys(("the bottle is open", "have the bottle open", "got the bottle open"),
                    "!of_formula/of_wine/of_milk/of_water/of_champagne/and_the_formula/for_the_baby"),
    **dict.fromkeys(("you tried", "you all tried"), "!to_call/to_reach/calling/texting/to_help_with/the/my/it/this/that"),
    **dict.fromkeys(("if anything happens", "si algo me pasa", "si me pasa algo", "if anything happens to me",
                     "if anything happens to her", "if anything happens to him", "si algo le pasa"), "!" + _DURING_CARE),
    **dict.fromkeys(("lie down on the", "lay down on the", "lie down in the"),
                    "!couch/bed/sofa/floor/mat/table/grass/beach/sand/carpet/rug/exam/yoga/left/right/side/back/dark"),
    **dict.fromkeys(("let it be over", "let it end"), "!with/so_i/so_we/already_so/and_move/so_the"),
    **dict.fromkeys(("acostarme en la", "tirarme en la"), "!cama/sala/hamaca/playa/arena/alfombra/recamara/sombra"),
    **dict.fromkeys(("que se acabe ya", "dejar que se acabe"), "!este/esta/el_dia/la_semana/la_gripa/el_embarazo"),
    **dict.fromkeys(("to be erased", "be erased", "erase myself", "borrarme", "que me borren"),
                    "!from/off/of/de_la/del/de_los/de_las/de_este/de_ese"),
    **dict.fromkeys(("asleep forever",), "!ago"),
    **dict.fromkeys(("ya no tengo miedo", "ya no tiene miedo", "not scared anymore"), "!a/al/de/del/of/about/to/for"),
})
TOLD_OF = TOLD_OF | {"planning_something", "left_one"}
CONCERN_PAIRS += ("jab small_sharp body", "until_mark body", "until_mark self_blow", "self_blow body relief",
                  "reopen self_harm", "estate thanks_pass", "estate proxy", "bequest thanks_pass", "bequest instructions",
                  "replace_me stopped_meds", "replace_me their_meds_stop", "replace_me left_one",
                  "planning_something worry_word stopped_meds", "planning_something worry_word their_meds_stop",
                  "planning_something worry_word sorry", "deserve replace_me", "unchosen", "inner_dead outside_match",
                  "sealed_garage in_car", "baby edge_near means on_purpose", "baby on_purpose and_wait means", "baby on_purpose and_wait bath",
                  "baby edge_near bath on_purpose",
                  "own_breath_stop god_word", "own_breath_stop image_urge", "own_breath_stop wish_word",
                  "erased image_urge", "open_bottle small_hours", "clears_them bye", "clears_them farewell",
                  "if_anything serious", "if_anything unscared", "if_anything low_mood", "unscared baby_peril", "finish_started tried_past", "finish_started attempt",
                  "finish_started tried_all", "lie_down let_over", "takes_baby heaven_go", "takes_baby dead",
                  "talk_out person")
EXPLAINED_BY.update({"bequest": frozenset({"split_reason"}), "sealed_garage": frozenset({"warm_up"}),
                     "own_breath_stop": frozenset({"apnea"}), "open_bottle": frozenset({"feed_care", "feed_additive"}),
                     "clears_them": frozenset({"admin_cause", "insurance"}),
                     "if_anything": frozenset({"risky_event"}), "low_mood": frozenset({"illness"}), "jab": frozenset({"accident"}),
                     "until_mark": frozenset({"accident", "grooming"})})
_CONTEXT = _CONTEXT | {"split_reason", "warm_up", "apnea", "feed_care", "admin_cause", "risky_event", "illness"}
# Round 28, from batch 28's rules-alone misses: grief pictured as brief ("they'd cry for a week and be fine"), an
# ending done "peacefully" or by a dose big enough, no need for money after a point, a car not braked on purpose,
# a question about dying said not to be about safety, lying down never to get up, a no-show explained by the act,
# a spot already picked, gas left on and hoped to do the job, skin scratched until raw, not lasting until a date or
# making it to the next session, a supply kept for when one decides one is finished, "who cares if i live", a final
# decision with the children placed, dirt pulled over oneself, one's pills all at once "to see what happens", going
# soon, courage sought "to do it", a fall pictured with relief, a hand slammed and the wish to stop not whole,
# "it's going to happen", a painless quick way to die asked in Spanish, burning oneself. Each is a check-in, with
# its everyday reading guarded or explained (a breakup "ended peacefully", a picnic spot, an itch, money that must
# last the month, quitting breastfeeding, burying oneself in blankets, a kitchen drawer that sticks).
ROUND_TWENTY_EIGHT: dict[str, str] = {
    "brief_grief": """cry for a week and then be fine/cry for a week and be fine/be sad for a week and then be fine/
        be sad for a while and then be fine/get over it in a week/get over me in a week/get over me quickly/get over me fast/
        would forget me in a month/forget about me in a week/llorarian una semana/lloraran una semana y luego/
        me olvidarian en una semana/lo superarian en una semana""",
    "burden": """better than living with me/beter than having me around/better than having me around/better than being stuck with me/
        mejor que vivir conmigo/mejor que tenerme aqui""",
    "end_peace": """end things peacefully/end it peacefully/end everything peacefully/end it all peacefully/end my life peacefully/
        go peacefully in my sleep/terminar todo en paz/acabar con todo en paz/acabar con todo tranquilamente""",
    "big_dose": "a big enough dose/big enough dose/a high enough dose/high enough dose/una dosis lo bastante grande/una dosis suficiente para",
    "no_need_plan": """not planning on needing/not planing on needing/wont be needing/will not be needing/not going to be needing/
        no voy a necesitar mas/ya no voy a necesitar""",
    "money_left": "left and after that/after that runs out/after that is gone/when that runs out/despues de eso ya/cuando se acabe eso",
    "no_brake": """just not braking/just not brake/and not brake/and not braking/not hit the brakes/not hitting the brakes/
        let go of the wheel/letting go of the wheel/y no frenar/no frenar/sin frenar/soltar el volante""",
    "not_safety": """not asking for safety reasons/not for safety reasons/not asking for safety/not asking to be safe/
        not for a headache/not because of a headache/no es por seguridad/no pregunto por seguridad/no es para el dolor de cabeza""",
    "never_up": """never get up/never get back up/never getting up again/never get up again/not get up again/
        nunca levantarme/no volver a levantarme/no levantarme nunca""",
    "stay_down": "not getting up/not get up/not geting up/never getting up/no levantarme/sin levantarme",
    "no_show": """if i do not show up/if i dont show up/if i never show up/if i am not there/if i miss my infusion/
        si no llego/si no aparezco/si no me presento""",
    "picked_spot": """already picked the spot/picked the spot/chosen the spot/chose the spot/picked out the spot/ya escogi el lugar/ya elegi el lugar/ya tengo el lugar""",
    "does_it": "does the job/do the job/does its job/would do the job/haga su trabajo/haga el trabajo",
    "until_raw": """until they are raw/until it is raw/until its raw/until theyre raw/until they bleed/until it bleeds/
        until i bleed/until the skin comes off/hasta que sangran/hasta que sangra/hasta sangrar/en carne viva/hasta dejarla en carne viva""",
    "nails": "my nails/with my nails/draging my nails/dragging my nails/rascarme/me rasco/con mis unas/con las unas",
    "itch_cause": """eczema/rash/bug bites/bug bite/mosquito bites/mosquito bite/hives/itchy/itch/itching/psoriasis/poison ivy/
        picazon/comezon/ronchas/piquetes/eccema""",
    "not_last": """i will not last till/i will not last until/i wont last til/i am not going to last till/
        i am not going to last until/dont think i will last until/do not think i will last until/no voy a durar hasta/no aguanto hasta""",
    "not_reach": """might not make it to/
        may not make it to/will not make it to the/wont make it to the/no creo que llegue a/no voy a llegar a/
        """,
    "help_soon": """if you can not help me soon/if i do not get help soon/if i cannot get help soon/if nobody helps me soon/
        si no me ayudan pronto/si no me atienden pronto/si no consigo ayuda pronto/pls hury/please hurry/hurry with my""",
    "decide_done": """when i decide i am finished/when i decide i am done/for when i decide/when i decide it is time/
        when i am ready to go/cuando decida que ya/cuando decida irme/para cuando lo decida""",
    "who_cares": """who cares if i live/who cares if i die/who would care if i died/who would care if i was gone/
        nobody would care if i died/no one would care if i died/a quien le importa si vivo/a quien le importa si me muero/
        a nadie le importaria si me muero""",
    "final_decision": """made my decision and it is final/my decision is final/made up my mind and it is final/
        the decision is made/mi decision es final/ya tome mi decision""",
    "kids_away": """kids will be with their dad/the kids will be with their dad/baby will be with his dad/baby will be with her dad/
        the baby will be with/the kids will be with/los ninos estaran con su papa/el bebe estara con su papa""",
    "dirt_over": """pull the dirt over me/pul the dirt over me/dirt over me/bury myself alive/cover me with dirt/
        echarme tierra encima/taparme con tierra/enterrarme viva/enterrarme vivo""",
    "at_once": "all at once/al at once/all together at once/todas de una vez/todas juntas/de golpe",
    "going_soon": """when i go which will be soon/when i go which will be shortly/when i go and that will be soon/
        when i go which is soon/cuando me vaya que sera pronto/cuando me vaya y sera pronto""",
    "courage_to": """less scared to do it/not be scared to do it/brave enough to do it/the courage to do it/the nerve to do it/
        make me brave enough/menos miedo de hacerlo/valor para hacerlo/el valor de hacerlo""",
    "slam_self": """slamming my hand/slam my hand/slammed my hand/slamming my fingers/slam my fingers/smash my hand/
        smashing my hand/golpeo mi mano/me machuco la mano/azoto mi mano""",
    "ambivalent_stop": """want to stop but i also do not/want to stop but i do not/want to stop but part of me does not/
        do not want to stop/quiero parar pero no/no quiero parar""",
    "going_happen": "it is going to happen/it will happen/it is gonna happen/va a pasar/si va a pasar",
    "given_away": "can have my stuff/can have my things/can have all my stuff/puede quedarse con mis cosas/se puede quedar con mis cosas",
    "method": """sin dolor para morir/morir sin dolor/lo mas rapido para morir/forma mas rapida de morir/manera mas rapida de morir/
        painless way to die/quickest way to die/fastest way to die""",
    "burn_self": """me estoy quemando/me quemo a proposito/quemarme a proposito/me queme a proposito/burning myself/burn myself/
        burned myself/burnt myself/quemandome""",
    "calms_me": """only thing that calms me/es lo unico que me calma/lo unico que me calma/only thing that helps/
        only thing that makes it stop""",
    "drawer_cause": "sticks/stuck/jammed/by accident/accidentally/se atora/sin querer",
}
_extend(ROUND_TWENTY_EIGHT)
ENTRY_GUARDS.update({
    **dict.fromkeys(("end things peacefully", "end it peacefully"), "!with_him/with_her/with_my/with_the/with_our/with_this/with_that/with_your/with_them/between_us/between_them"),
    **dict.fromkeys(("not planning on needing", "not planing on needing", "wont be needing", "will not be needing",
                     "not going to be needing"),
                    "!a_sitter/a_nanny/childcare/a_crib/formula/the_pump/a_pump/a_ride/a_loan/a_car/an_epidural/a_c/stitches/"
                    "help_with/the_car/the_stroller/pain_meds"),
    **dict.fromkeys(("picked the spot", "chosen the spot", "chose the spot", "picked out the spot", "already picked the spot", "ya escogi el lugar", "ya elegi el lugar", "ya tengo el lugar"),
                    "!for_the_shower/for_our/for_the_party/for_the_picnic/for_the_crib/for_the_nursery/for_the_photo/"
                    "for_the_photos/for_the_tree/for_the_garden/for_the_wedding/for_the_baby_shower/for_dinner/for_lunch/"
                    "for_the_birthday/for_her_birthday/for_his_birthday/for_the_reunion/for_the_tent/for_the_pictures/"
                    "to_put/to_hang/to_plant/to_park/to_meet/to_sit/to_camp/on_the_wall/in_the_nursery/on_the_map/"
                    "where_we/para_la_fiesta/para_el_baby_shower/para_la_cuna/para_las_fotos/para_el_picnic/para_la_boda"),
    **dict.fromkeys(("does the job", "do the job", "does its job", "would do the job"), "!for/of/better/just_fine/fine"),
    **dict.fromkeys(("not get up", "not getting up", "not geting up", "no levantarme", "sin levantarme"),
                    "!for_the/for_night/for_the_night/at_night/at/to_feed/to_pump/before/until/til/in_the_morning/early/"
                    "para_la/para_darle/temprano/en_la_noche"),
    **dict.fromkeys(("when i decide i am finished", "when i decide i am done"),
                    "!with_breastfeeding/with_nursing/with_pumping/with_the_pump/with_having/having/breastfeeding/nursing/"
                    "pumping/with_work/with_my_job/with_treatment/with_ketamine/with_infusions/with_therapy/with_the_series/"
                    "with_the_infusions/with_the_treatment/with_school/with_dating"),
    **dict.fromkeys(("for when i decide", "when i decide it is time", "when i am ready to go", "cuando decida que ya",
                     "para cuando lo decida"),
                    "!to/on/which/what/where/whether/if/home/back/for_my/for_the/to_the/para_la/para_el/con_la/con_el"),
    **dict.fromkeys(("dirt over me", "bury myself alive"), "!in_blankets/in_the_garden/at_the_beach/in_the_sand/playing/lol"),
    **dict.fromkeys(("it is going to happen", "it will happen", "it is gonna happen", "va a pasar"),
                    "!eventually_for_you/for_you/one_day_for/someday_for/naturally/at_the/during/in_the_infusion"),
    **dict.fromkeys(("less scared to do it", "brave enough to do it", "the courage to do it", "the nerve to do it",
                     "not be scared to do it"),
                    "!alone/by_myself/on_my_own/again/without/the_infusion/the_first/in_public/at/with/on_camera/live/and_booked/"
                    "and_book/and_called/and_signed_up/and_scheduled/and_made/and_asked/and_told/finally_booked"),
    **dict.fromkeys(("who cares if i live",), "!in/near/close_to/far_from/nearby/downtown/across/outside/with_my/with_him/with_her"),
    **dict.fromkeys(("no volver a levantarme", "nunca levantarme", "no levantarme nunca"), "!temprano/tan/de_noche/a_las/para"),
    **dict.fromkeys(("burning myself", "burn myself", "burned myself", "burnt myself", "me estoy quemando", "quemandome"),
                    "!out/by_accident/accidentally/on_the_stove/on_the_oven/on_the_iron/taking/cooking/with_the_kettle/"
                    "with_hot/with_the_hot/sin_querer/por_accidente/con_el_sol/del_sol/en_el_sol/de_calor/al_sol/"
                    "en_la_playa/cooking/baking/in_the_sun/sunburn"),
    **dict.fromkeys(("all at once", "al at once"), "!in_the_morning/with_breakfast/with_food/at_night/at_bedtime/every_day/"
                    "daily/or_spread/or_split/or_separately/instead_of"),
    **dict.fromkeys(("no creo que llegue a", "no voy a llegar a"), "!tiempo/la_cita/las/los/la_hora/a_la_hora/al_trabajo/a_tiempo"),
    **dict.fromkeys(("i will not last till", "i will not last until", "i wont last til", "i am not going to last till",
                     "i am not going to last until", "dont think i will last until", "do not think i will last until"),
                    "!the_end_of_the_movie/the_end_of_the_show/the_party/the_wedding/the_concert/the_movie/midnight/bedtime"),
    **dict.fromkeys(("might not make it to", "may not make it to", "will not make it to the", "wont make it to the"),
                    "!the_party/the_wedding/the_shower/the_baby_shower/the_game/the_concert/on_time/in_time/the_appointment_on/"
                    "because_of/the_pharmacy/the_store/the_bank/the_office/the_meeting/work/class/la_fiesta/la_boda"),
    **dict.fromkeys(("do not want to stop", "no quiero parar"), "!breastfeeding/nursing/pumping/the_meds/my_meds/taking/working/"
                    "treatment/therapy/the_infusions/ketamine/amamantar/la_lactancia/el_tratamiento"),
})
TOLD_OF = TOLD_OF | {"not_safety", "going_soon", "no_show", "picked_spot", "decide_done", "final_decision", "end_peace", "stay_down"}
CONCERN_ALONE = CONCERN_ALONE + ["brief_grief", "end_peace", "not_safety", "going_soon", "picked_spot", "decide_done",
                                 "who_cares", "dirt_over", "courage_to", "not_last"]
CONCERN_PAIRS += ("big_dose medical", "big_dose meds", "no_need_plan money_left", "no_need_plan after_point",
                  "no_brake image_urge", "no_brake in_car", "never_up image_urge", "never_up to_sleep", "stay_down welcome",
                  "stay_down image_urge body", "no_show finally_did", "no_show euphemism", "gas_on does_it",
                  "until_raw body", "until_raw nails", "not_reach help_soon", "not_reach serious",
                  "final_decision kids_away", "final_decision given_away", "final_decision farewell", "see_what own_meds",
                  "at_once own_meds see_what", "slam_self ambivalent_stop", "ambivalent_stop self_harm",
                  "going_happen if_anything", "given_away if_anything", "burn_self on_purpose", "burn_self calms_me",
                  "self_harm calms_me")
EXPLAINED_BY.update({"until_raw": frozenset({"itch_cause", "accident"}), "slam_self": frozenset({"drawer_cause", "accident"}),
                     "not_last": frozenset({"night_care", "feed_care"}),
                     "stay_down": frozenset({"admin_cause"}), "burn_self": frozenset({"accident", "chore_injury_only"})})
_CONTEXT = _CONTEXT | {"itch_cause", "drawer_cause"}


# Round 31, everyday clinic messages (tests/data/crisis_ordinary_b31.yaml): presence among people and a decision with an
# everyday object are no absence and no plan ("it's weird being around adults again", "I've decided to switch to a
# provider closer to home"); "being around for my kids" or "I've decided, tonight" still read.
_AROUND_COMPANY = ("adults/adult/grown_ups/grownups/people/other/others/other_people/other_moms/moms/coworkers/co_workers/"
                   "colleagues/friends/family/my_family/kids/children/babies/everyone/everybody/anyone/anybody/someone/"
                   "strangers/crowds/humans/them/him/her/my_husband/my_mom/my_coworkers/my_friends/the_baby/my_baby/noise")
ENTRY_GUARDS["being around"] = "!" + _AROUND_COMPANY
# Round 31 review: the guard names everyday objects; a bare choosing verb ("to go with", "to try", "between") is read in
# _decided_everyday, everyday only with no means, "end", "plan" or "tonight" in the eight words after it.
_DECIDED_ON = ("to_switch/to_transfer/to_move/to_change/to_book/to_schedule/to_reschedule/to_wean/"
               "to_stop_breastfeeding/to_stop_pumping/to_formula_feed/to_go_back_to_work/to_return_to_work/to_stay_home/"
               "to_sign_up/to_enroll/to_join/to_start_therapy/to_start_treatment/to_start_the/to_keep_the/"
               "to_continue/to_cancel_my_membership/on_a/on_the/what_to/where_to/against_it")
# Batch 32: pardon asked for a lapse ("forgive me if I forget things at the appt", "for being late") is no farewell.
ENTRY_GUARDS["forgive me"] = ("!if_i_forget/if_i_am_late/if_i_run_late/if_i_miss/if_i_ramble/if_i_repeat/if_i_mix/if_i_sound/"
                              "if_i_seem/if_i_do_not_remember/if_i_get/for_being_late/for_the_late/for_the_delay/for_the_typos/"
                              "for_typos/for_the_long/for_asking/for_rambling/for_forgetting/for_the_confusion/for_the_mix_up")
for _entry in ("decided", "ive decided"):
    ENTRY_GUARDS[_entry] = ENTRY_GUARDS.get(_entry, CONCEPT_GUARDS.get("plan", "!")) + "/" + _DECIDED_ON
# Round 30, from batches 29 and 30's rules-alone misses. Each idea read in wording of its own, a check-in (the
# message is oblique), with its everyday reading guarded or explained:
# - not lasting until a visit or still breathing by it doubted ("might not last that long" beside the next infusion);
#   not being here for a follow-up; not making it "at all"; no future seen "next year";
# - being gone already inside, the body yet to catch up;
# - a last message with thanks or an apology passed on through the clinic, a goodbye with "tell her I'm sorry";
# - driving with one's eyes shut to see what happens; a car hoped to hit one;
# - how much would "be enough" beside an overdose or a jump; a thing done "for good" and then oneself;
# - deleting oneself; shaking a baby hard; a pillow held near a baby's face; on a roof not knowing why one writes;
# - meds stopped and planning started; ways searched with nothing named; "I'm fine but I'm not" takes a safety
#   statement back; marks "not an accident"; choosing when one goes; stopping being a problem and figuring out how;
#   would anyone be surprised if one stopped breathing; the fastest way to stop feeling forever; sleep in the snow.
ROUND_THIRTY: dict[str, str] = {
    "last_long": """might not last that long/may not last that long/will not last that long/not going to last that long/
        do not think i will last that long/not sure i will last that long/not sure i will still be breathing/
        do not know if i will still be breathing/might not be breathing by/no creo que dure tanto/no voy a durar tanto/
        no creo que aguante tanto/no se si siga respirando/no se si voy a seguir respirando""",
    "here_for": """do not think i will be here for/not sure i will be here for/might not be here for/may not be here for/
        do not think i will be around for/no creo que este aqui para/no creo que siga aqui para/no creo que siga para""",
    "visit": """follow up/followup/the infusion/my infusion/next infusion/the next infusion/appointment/next session/
        the session/my session/the series/whole series/second session/la cita/mi cita/la infusion/la siguiente/la segunda/
        el seguimiento/la consulta/la proxima""",
    "no_future": """do not see myself in next year/do not see myself next year/do not see myself alive/
        can not see myself alive/do not see myself making it to/no me veo el proximo ano/no me veo viva/no me veo vivo/
        no me veo llegando a""",
    "made_sure": "made sure of that/made sure of it/me asegure de eso/ya me encargue de eso",
    "at_all": """not going to make it at all/wil not make it at all/will not make it at all/not making it at all/
        no voy a llegar para nada/no voy a aguantar para nada/will not be anywhere/not going to be anywhere/
        no voy a estar en ningun lado/no voy a estar en ninguna parte""",
    "late_reason": """traffic/car broke/flat tire/sick/fever/sitter/babysitter/snow/storm/flight/reschedule/cancel/
        trafico/enferma/enfermo/reprogramar/cancelar/ninera""",
    "gone_inside": """already gone/already left/mentally gone/gone inside/ya me fui/ya me fui por dentro/ya estoy ida/
        ya no estoy aqui""",
    "body_catch": """body just has not caught up/body has not caught up/body to catch up/body will catch up/body is here/
        body is still here/for it to catch up/mi cuerpo todavia no/mi cuerpo aun no/que mi cuerpo alcance/mi cuerpo sigue aqui""",
    "last_msg": """this is the last one/this is my last message/my last message/last message from me/last text from me/
        the last time i write/este es el ultimo/mi ultimo mensaje/es la ultima vez que escribo/ultimo mensaje""",
    "pass_on": """tell dr/tell doctor/tell the doctor/tell nurse/tell the nurse/tell everyone thanks/tell her thanks/
        tell him thanks/tell them thanks/say thanks to/thank you to nurse/thank you to dr/dile a la doctora/dile al doctor/
        diganle a la doctora/diganle al doctor/diganle gracias/denle las gracias""",
    "sorry_via": """tell her i am sorry/tell him i am sorry/tell them i am sorry/tell my mom i am sorry/tell my husband i am sorry/
        tell my kids i am sorry/tell my baby i am sorry/dile que lo siento/diganle que lo siento/diganles que lo siento""",
    "msg_reason": "i promise/promise/question/for today/for now/for tonight/see you/until next/lo prometo/por hoy/nos vemos/pregunta",
    "eyes_shut": "with my eyes closed/with my eyes shut/close my eyes/closing my eyes/closed my eyes/con los ojos cerrados/cierro los ojos/cerrar los ojos",
    "driving": """driving/drive/drove/the highway/on the highway/the freeway/interstate/behind the wheel/manejando/manejar/
        maneje/conduciendo/carretera/autopista""",
    "car_hit_me": """car would just hit me/car would hit me/car would run me over/car to hit me/truck would hit me/
        bus would hit me/car would just run me over/me atropellara/me atropelle un carro/me atropelle un coche/que me atropellen""",
    "enough_q": """how much would be enough/how many would be enough/how much is enough/how many is enough/be enough/
        would that be enough/would it be enough/cuanto seria suficiente/cuantas serian suficientes/seria suficiente/
        sera suficiente/bastaria""",
    "leap": """jumping from/jump from/jumped from/jump off/jumping off/tirarme de/tirarme desde/aventarme de/saltar de/
        saltar desde""",
    "then_me": """and then myself/then myself/and then me/including myself/myself included/me included/y luego yo/
        y despues yo/y luego a mi/y despues a mi/incluyendome/incluida yo/incluido yo""",
    "self_delete": """delete myself/deleting myself/ctrl alt delete myself/ctrlaltdelete myself/ctrltaltdelete myself/
        ctrl alt del myself/uninstall myself/borrarme del mapa/borrarme de la existencia/eliminarme/desinstalarme/
        """ + "/".join(f"{verb} {world}" for verb in ("delete myself from", "deleting myself from", "delete myself off")
                      for world in ("this world", "the world", "existence", "the earth", "this earth", "the planet",
                                    "this planet", "the face of the earth", "everyones life", "everyones lives",
                                    "this life", "life")) + "/" + "/".join(
        f"eliminarme {world}" for world in ("de este mundo", "del mundo", "de la faz de la tierra", "de la tierra",
                                            "de la existencia", "de esta vida", "de la vida", "de una vez",
                                            "para siempre")),
    "shake_baby": """shake the baby/shake my baby/shake her/shake him/shook the baby/shook my baby/shook her/shook him/
        shaking the baby/shaking my baby/shaking her/shaking him/sacudo a mi bebe/sacudo al bebe/sacudo a la bebe/
        sacudi a mi bebe/sacudi al bebe/sacudirlo/sacudirla/sacudir al bebe/sacudir a mi bebe/zarandeo a mi bebe/
        zarandear al bebe/lo sacudo/la sacudo""",
    "hard": "hard/so hard/really hard/too hard/fuerte/muy fuerte/bien fuerte/con fuerza",
    "pillow": "pillow/the pillow/a pillow/almohada/la almohada/cojin",
    "face_near": """near his face/over his face/on his face/to his face/near her face/over her face/on her face/to her face/
        over the babys face/on the babys face/sobre su cara/en su cara/cerca de su cara/sobre la cara""",
    "hold_to": "hold/holding/held/press/pressing/pressed/push/pushing/sostengo/sostener/presiono/aprieto/le pongo",
    "at_high": """i am on the roof/on the roof right now/standing on the roof/i am on the bridge/standing on the bridge/
        standing on the ledge/i am on the ledge/estoy en la azotea/estoy en el techo/estoy en el puente/estoy parada en la orilla""",
    "why_write": """do not know why i am texting/do not know why i am writing/do not know why i am messaging/
        not sure why i am texting/not sure why i am writing/no se por que te escribo/no se por que escribo/no se para que escribo/
        no se por que les escribo""",
    "started_plan": "started planning/started making plans/started to plan/empece a planear/empece a planearlo/empece a planearlo todo",
    "ways_bare": "googling ways/googled ways/looking up ways/searching ways/researching ways/buscando formas/buscando maneras/busco formas/busco maneras",
    "serious": """i am fine but i am not/said i was fine but i am not/told my therapist i am fine but/i lied about being fine/
        dije que estoy bien pero no/dije que estaba bien pero no""",
    "on_purpose": "are not an accident/not an accident/were not an accident/no fueron accidentes/no son accidentes/no fue sin querer",
    "when_i_go": """control of when i go/control when i go/decide when i go/choose when i go/pick when i go/
        decidir cuando me voy/decidir cuando irme/elegir cuando me voy""",
    "stop_problem": """stop being a problem/stop being a burden/stop being a bother/dejar de ser un problema/dejar de ser una carga/
        dejar de ser un estorbo""",
    "figure_how": "figure out how/just need to figure/find a way/encontrar la forma/encontrar la manera/ver como",
    "notice_q": """would anyone even be surprised/would anyone be surprised/would anyone even notice/would anyone notice/
        would anyone even care/would anyone care/alguien se daria cuenta/a alguien le importaria/alguien se sorprenderia""",
    "stop_breath": "stopped breathing/stop breathing/dejara de respirar/dejo de respirar/dejar de respirar/pare de respirar/parara de respirar/me muriera/desapareciera",
    "stop_feeling": """stop feeling anything/stop feeling everything/stop feeling at all/never feel anything again/
        dejar de sentir todo/dejar de sentir nada/no sentir nada nunca/dejar de sentir""",
    "plan_take": "planning to take/plan to take/planing to take/going to take them/voy a tomar/pienso tomar/pienso tomarme/planeo tomar",
    "spare_day": "so no one can say i ruined/so nobody can say i ruined/so no one says i ruined/para que nadie diga que arruine",
    "method": """go to sleep in the snow/sleep in the snow/fall asleep in the snow/dormirme en la nieve/dormir en la nieve""",
    "no_need_plan": "will not need the rest of it/will not need the rest/no voy a necesitar el resto",
    "money_left": "what is left of my savings/the rest of my savings/lo que queda de mis ahorros/lo que me queda de ahorros",
    "head_blow": "bang my own head/bang my head against/banging my head against/golpeo mi propia cabeza/me golpeo la cabeza",
    "over_again": "hard enough to see stars/until i see stars/hasta ver estrellas",
}
_extend(ROUND_THIRTY)
_LATE = "today/tonight/tomorrow/this/to/on/in/because/due/the/with/if/unless/on_time/hoy/manana/a_tiempo/por"
# Sorry for a visit missed, not for everything (round 30 review): "dile que lo siento por todo, adiós" is a farewell.
_SORRY_FOR_A_VISIT = "/".join(f"{lead}_{what}" for lead in ("for", "por") for what in (
    "missing/not/being_late/the_delay/canceling/cancelling/the/today/this_morning/yesterday/my_absence/no/llegar/faltar/"
    "la_cita/cancelar/el_retraso/la_tardanza/hoy/ayer").split("/"))
ENTRY_GUARDS.update({
    **dict.fromkeys(("not going to make it at all", "wil not make it at all", "will not make it at all", "not making it at all"),
                    "!" + _LATE),
    **dict.fromkeys(("will not be anywhere", "not going to be anywhere"), "!near/close/nearby/else/but/other_than"),
    **dict.fromkeys(("not sure i will still be breathing", "do not know if i will still be breathing"),
                    "!normally/right/well/ok/okay/properly/on_my_own/through/during/easily"),
    **dict.fromkeys(("do not see myself making it to", "no me veo llegando a"),
                    "!the_gym/class/work/the_party/the_wedding/the_store/on_time/the_appointment_on/la_fiesta/tiempo"),
    **dict.fromkeys(("already gone", "already left"), "!for/on/the/to/work/home/with/by/when/before/at/out/a/para"),
    **dict.fromkeys(("this is the last one", "este es el ultimo"), "!for_today/for_now/for_tonight/i_promise/question/of/today/in/on/hoy/por_hoy/de"),
    **dict.fromkeys(("tell her i am sorry", "tell him i am sorry", "tell them i am sorry", "tell my mom i am sorry",
                     "tell my husband i am sorry", "dile que lo siento", "diganle que lo siento"),
                    "!i_missed/i_wil_miss/i_am_late/i_forgot/i_had_to/i_canceled/i_could_not/i_can_not/about/that/but/to/"
                    "de/que_no_pude/que_llego_tarde/" + _SORRY_FOR_A_VISIT),
    **dict.fromkeys(("be enough", "would that be enough", "would it be enough", "seria suficiente", "sera suficiente"),
                    "!for/exercise/to_get/to_help/to_cover/to_pay/to_qualify/money/time/milk/formula/sleep/of_a/calories/food/"
                    "para/to_sleep/to_start"),
    **dict.fromkeys(("and then me", "y luego yo", "y despues yo"), "!and/too/as_well/and_my/and_him/and_her/first/next/y/tambien"),
    **dict.fromkeys(("delete myself", "deleting myself", "eliminarme"),
                    "!from/off/out_of/on/account/de/del/en"),
    **dict.fromkeys(("shake her", "shake him", "shook her", "shook him", "shaking her", "shaking him"),
                    "!hand/hands/gently/a_bottle/off/up/out/awake/a_little/softly/head"),
    **dict.fromkeys(("started planning", "started making plans", "started to plan", "empece a planear"),
                    "!the/a/for/my/our/her/his/to/party/meals/a_trip/el/la/mi/un/una/para/what/our_wedding/ahead/nursery"),
    **dict.fromkeys(("googling ways", "googled ways", "looking up ways", "searching ways", "researching ways",
                     "buscando formas", "buscando maneras", "busco formas", "busco maneras"),
                    "!to/of/for/that/how/around/out/people/moms/parents/other/a/the/my/para/de/que/in/on/with/help/babies/"
                    "new/better/easy/cheap/fun/la/el/mas/to_get/baby"),
    **dict.fromkeys(("decide when i go", "choose when i go", "pick when i go", "control when i go", "control of when i go"),
                    "!home/back/to/out/on/into/in/for/shopping/on_leave/back_to_work"),
    **dict.fromkeys(("go to sleep in the snow", "sleep in the snow", "fall asleep in the snow"),
                    "!cave/tent/camping/bag/igloo/fort/with/at/on/and_make/for"),
    **dict.fromkeys(("will not need the rest of it", "will not need the rest"),
                    "!until/til/till/for/this/right/today/yet/of_the/now/back"),
    **dict.fromkeys(("bang my head against", "banging my head against"),
                    "!this/the_problem/that/it/the_bills"),
    **dict.fromkeys(("stop feeling anything", "stop feeling at all", "dejar de sentir"), "!during/in/at/for_a/for_the/after_the"),
})
CONCERN_ALONE = CONCERN_ALONE + ["at_all", "no_future", "self_delete", "ways_bare", "when_i_go"]
CONCERN_PAIRS += ("last_long visit", "here_for visit", "no_future made_sure", "gone_inside body_catch", "last_msg pass_on",
                  "last_msg sorry_via", "sorry_via bye", "eyes_shut driving see_what", "eyes_shut driving on_purpose",
                  "car_hit_me wish_word", "car_hit_me image_urge", "enough_q od_word", "enough_q overdose_q", "enough_q leap",
                  "enough_q kills_q", "then_me forever", "shake_baby hard", "pillow face_near hold_to", "at_high why_write",
                  "stopped_meds started_plan", "when_i_go time", "stop_problem figure_how", "notice_q stop_breath",
                  "stop_feeling forever", "plan_take at_once meds", "euphemism spare_day")
TOLD_OF = TOLD_OF | {"last_msg", "sorry_via", "at_all", "here_for", "made_sure", "plan_take"}
PRIMED_ALONE = PRIMED_ALONE | {"enough_q", "at_all"}  # "can you overdose on ketamine?" ... "how much would be enough"
EXPLAINED_BY.update({"at_all": frozenset({"late_reason"}), "here_for": frozenset({"trip_words", "care_reason", "beach_day", "getaway"}),
                     "last_long": frozenset({"late_reason"}), "gone_inside": frozenset({"trip_words", "beach_day", "getaway"}),
                     "last_msg": frozenset({"msg_reason"})})
_CONTEXT = _CONTEXT | {"late_reason", "msg_reason"}
# Round 30, second part: the family pictured with someone "who isn't broken", children who won't remember one; a
# note already written beside a thanks passed on or a visit one won't reach; a bath "and not holding on"; too many
# taken; marks told as no accident.
ROUND_THIRTY_B: dict[str, str] = {
    "replace_me": """someone who is not broken/someone who isnt broken/someone who is not a mess/
        alguien que no este rota/alguien que no este roto""",
    "all_happier": """everyone would be happier/everyone would be better/they would be happier/would be happier without me/
        todos estarian mejor/serian mas felices sin mi/todos serian mas felices""",
    "forget_me": """would not remember me/will not remember me/too young to remember me/no se acordarian de mi/
        no me recordarian/no se van a acordar de mi""",
    "note_written": """la carta escrita/ya escribi la carta/the letter is written/wrote the letter/wrote the notes/
        the notes are written/escribi las cartas/ya tengo todo decidido/tengo todo decidido""",
    "let_slip": """and not holding on/not holding on/and not hold on/let go of her/let go of him/y soltarla/y soltarlo/
        y no agarrarla/y no agarrarlo/y no sostenerla/y no sostenerlo""",
    "stopped_meds": "went off my meds/went off my medication/went off my pills/quit my meds/stopped my meds/deje mis pastillas/deje mis medicinas",
    "too_many": "took too many/i took too many/took way too many/me tome demasiadas/tome demasiadas/me tome muchas",
}
_extend(ROUND_THIRTY_B)
ENTRY_GUARDS.update({
    **dict.fromkeys(("wrote the notes", "wrote the letter"), "!for/to/on/about/in/de/para/of/from/at/with"),
    **dict.fromkeys(("not holding on", "and not holding on", "let go of her", "let go of him"),
                    "!too/to/tight/so/with/for/as/hand/when/while/yet"),
    **dict.fromkeys(("took too many", "i took too many", "took way too many"),
                    "!pictures/photos/shifts/days/naps/hours/selfies/notes/classes/breaks/screenshots/steps/calls/"
                    "of_the_pictures/of_those_photos/videos/credits/turns/sips/bites"),
})
CONCERN_ALONE = CONCERN_ALONE + ["too_many"]
CONCERN_PAIRS += ("replace_me all_happier", "replace_me forget_me", "all_happier forget_me", "note_written pass_on",
                  "note_written not_reach", "let_slip bath", "burn_act on_purpose", "plan_take at_once")
# "if anything happens to me it's fine, I don't care anymore": a peril shrugged off with care given up.
LEXICON["no_care"] = "i do not care anymore/i do not care any more/i no longer care/ya no me importa/ya nada me importa"
# Round 30 review: a burn done to the child and enjoyed, not cared about or wanted ("I burned the baby ... and I liked
# it", "I want to burn the baby") is sure, as "violence baby on_purpose" is.
LEXICON["enjoyed"] = "and i liked it/i liked it/i enjoyed it/and i enjoyed it/it felt good/felt good to/y me gusto/me gusto hacerlo/lo disfrute"
# Review 33: ...said without the "I" ("I burned my daughter with the iron and liked it", "...and enjoyed it", "...and loved
# it"); never enjoyed less or more than another ("I enjoyed it less than her").
LEXICON["enjoyed"] += "/and liked it/and enjoyed it/and loved it/i loved it/and i loved it"
ENTRY_GUARDS.update(dict.fromkeys(("i liked it", "i enjoyed it", "and i enjoyed it", "and liked it", "and enjoyed it", "and loved it",
                                   "i loved it", "and i loved it"), "!less/any_less/more/less_than/more_than/as_much/as_litle"))
SURE_TRIPLES += tuple(f"burn_act baby {third}" for third in ("enjoyed", "no_care", "image_urge", "meant_it"))
SURE_TRIPLES += ("violence baby enjoyed", "violence pron enjoyed")
# Round 30 review: an overdose given to oneself in Spanish is a method, as "overdose" is ("me quiero dar una sobredosis
# de clonazepam"); "¿se puede tener una sobredosis de ketamina?" names no one.
_extend({"method": "darme una sobredosis/dar una sobredosis/me doy una sobredosis/tomarme una sobredosis/quiero una sobredosis/"
                   "meterme una sobredosis/hacerme una sobredosis"})
CONCERN_PAIRS += ("if_anything no_care",)
# Round 30, third part: "I don't feel safe with the baby" is no safety statement; a note written is an arrangement a
# story beside it does not soften; being "not here by" a season with the treatment cleared of blame; a second try told
# from a hospital bed; a means looked at "not for me" beside a sleeping child; life unsubscribed from.
ROUND_THIRTY_C: dict[str, str] = {
    "serious": """do not feel safe with/do not feel safe around/do not feel safe alone with/no me siento segura con/
        no me siento segura sola con""",
    "not_here_by": "if i am not here by/si no estoy aqui para/si ya no estoy para/si ya no estoy en",
    "clears_them": """not the treatments fault/not the treatment s fault/it was not the treatment/it was just me/
        no fue culpa del tratamiento/no fue el tratamiento/fue solo yo/fui solo yo""",
    "second_try": "second try this year/my second try/second attempt/my second attempt/segundo intento/mi segundo intento",
    "hosp_bed": """hospital bed/from the hospital/in the hospital/in the er/psych ward/the ward/cama del hospital/
        en el hospital/desde el hospital""",
    "not_for_me": "not for me/no para mi/no era para mi/not to use on me",
    "asleep_child": "while he was napping/while she was napping/while he napped/while she napped/while he slept/while she slept/mientras dormia",
    "quit_verb": "unsubscribe/opt out/log out/log off/cancel my subscription/darme de baja/desuscribirme",
    "of_life": "from life/of life/to life/de la vida",
}
_extend(ROUND_THIRTY_C)
ENTRY_GUARDS.update({
    "if i am not here by": "!then/the_time/time/noon/midnight/1/2/3/4/5/6/7/8/9/10/11/12/8am/9am/10am/five/ten",
    "not for me": "!but/personally/i/thanks/lol/haha/either/anymore/right_now/yet/though/then/because/since/as",
    **dict.fromkeys(("my second try", "second attempt", "my second attempt", "segundo intento"),
                    "!at/to/of/for/with/de/para/con"),
})
TOLD_OF = TOLD_OF | {"note_written", "second_try", "not_here_by"}
CONCERN_PAIRS += ("not_here_by clears_them", "second_try hosp_bed", "not_for_me access asleep_child",
                  "not_for_me means asleep_child", "quit_verb of_life")
EXPLAINED_BY.update({"second_try": frozenset({"tries_reason"}), "not_here_by": frozenset({"late_reason"})})

# Round 30, everyday clinic messages (tests/data/crisis_ordinary_b30.yaml): a visit missed and moved ("I won't make it
# to my 3pm, can we move it?", the hour read in Lexicon.tag), a last day marked with a treat for the staff, a burn from
# a car left in the heat, arriving late ("see you never traffic lol, be there in 15"), the heat one can't stand, a chore
# on the roof, "asking for me and my melting self". Company that comes along and childcare wanted are read in
# _described(). Each reading is one of what follows a word or what stands beside it; the same words without it read
# as before ("I won't be here Friday, I've made my peace with it").
ROUND_THIRTY_D: dict[str, str] = {
    "resched": """reschedule/resched/rebook/re book/move it/move my appointment/move my appt/move my session/move me to/
        can we move/can i move/push it back/push my appointment/bump it/another day/a different day/another time/
        a different time/something the week after/something the following week/something next week/the next opening/
        next available/cambiar mi cita/cambiar la cita/mover mi cita/mover la cita/pasar mi cita/reagendar/
        otro dia/otra hora/otro horario/otra cita/hay lugar/hay espacio/tienen lugar/tienen espacio/tienen algo/hay algo/
        any openings/an opening/any spots/anything open/do you have anything/get the week after/do the week after/
        come the week after/""" + "/".join(f"{day.replace('_', ' ')} instead" for day in (
        "monday tuesday wednesday thursday friday saturday sunday tomorrow later next_week the_week_after").split()),
    # a gift, a card or a cake is a treat only for the staff (round 30 review): "a little gift for him to open when
    # he's 18" is no visit
    "treat": """donuts/doughnuts/pastries/cookies/cupcakes/a treat/treats/snacks/bagels/pizza for/coffee for/
        flowers for/bring something for/bring in something/
        pan dulce/galletas/flores para/un detalle para/traer algo para/llevar algo para/""" + "/".join(
        f"{gift} {staff}" for gift in ("a card for", "a thank you card for", "a gift for", "a little gift for",
                                       "a cake for", "cake for", "gifts for", "cards for")
        for staff in ("the staff", "the nurses", "the front desk", "the team", "the office", "everyone", "the doctor",
                      "dr", "you guys", "you all", "y all", "all of you")) + "/" + "/".join(
        f"{gift} {staff}" for gift in ("un pastel para", "una tarjeta para", "un regalito para", "un regalo para")
        for staff in ("las enfermeras", "el personal", "la doctora", "el doctor", "ustedes", "todos", "recepcion",
                      "la recepcion", "el equipo")),
    "missed_visit": """wont be there/will not be there/not going to make it to/wont make it to/not make it to/cant make it to/
        can not make it to/wont be here/will not be here/not be here/i wont be here/i will not be here/my last day/my last week/my last visit/
        no voy a poder ir/no voy a llegar/no voy a poder llegar/no voy a estar/no puedo ir/mi ultimo dia/mi ultima cita""",
    "hopeless": "ya no voy a seguir/ya no puedo seguir",
    "arriving": """be there in a few/be there soon/be there shortly/almost there/heading to the clinic/headed to the clinic/
        on my way to the clinic/on my way to my appointment/en camino a la clinica/voy para la clinica/
        llego en un rato/ya casi llego/estoy llegando/voy llegando/""" + "/".join(
        f"{lead} {n}" for lead in ("be there in", "there in", "llego en") for n in (2, 5, 10, 15, 20, 25, 30, 45)),
}
_extend(ROUND_THIRTY_D)
_HEAT = "calor/caloron/frio/sol/bochorno/trafico/clima/sueno/hambre"
_guard_more(("no aguanto",), "/".join(f"{det}_{noun}" for det in ("este", "esta", "tanto", "tanta", "con_este", "con_tanto")
                                      for noun in _HEAT.split("/")) + "/" + _HEAT + "/este_dolor_de/tanto_dolor_de/el_dolor_de")
ENTRY_GUARDS.update({
    # a buckle left in the sun: "the seatbelt buckle burned my leg"
    **dict.fromkeys(("belt", "seatbelt"), "!buckle/buckles/burned/burnt/was_hot/is_hot/got_hot"),
    **dict.fromkeys(("asking for me", "asking for myself"), "!and_my/y_mi"),
    "got": "!pregnant/preggo/married/engaged/divorced/sick/covid/the_flu/home/better/worse/fired/laid_off/paid/stuck/"
           "vaccinated/my_period",
})
ENTRY_GUARDS.update(dict.fromkeys(("ya no voy a seguir", "ya no puedo seguir"),
                                  "!con/yendo/el/la/los/las/tomando/viniendo/usando/en/asi/pagando/trabajando/amamantando/"
                                  "dando/sacando/esperando/igual/mucho/por"))
# Arriving late is not a farewell ("see you never traffic lol, be there in 15"); a visit missed that is moved, named by
# its hour or marked with a treat is read in read_concepts() (_VISIT_MOVED), so "won't be around" beside it still reads.
EXPLAINED_BY.update({"farewell": frozenset({"arriving"})})
_CONTEXT = _CONTEXT | {"arriving"}

# Round 31, from the rules' misses on batches 29-31 generalised into families (tests/test_concepts.py has wordings of
# our own): a family going together in its sleep or with "nobody would suffer"; the baby taken along with someone
# who "will understand"; all of one's medicine taken beside a goodbye, an urge or a lethal question; one's own
# thoughts said to be bad after a question about them; marks told as no accident and a hand held over a flame; the
# baby held over a height, a stroller one wanted to let go of near traffic; a weight put down for good, drowning with
# no one wanted to pull one out, a candle not to be relit, fading out as the plan; "I won't be a problem for anyone";
# "if I'm not here tomorrow" with the pet's care; a will done and "that's everything", papers shown to someone who
# "doesn't know why"; a way read about for hours; a medicine's danger point "asking for a friend"; a means kept close
# "just to know it's there"; still breathing by the end of a series doubted; not going home "or anywhere". Each is a
# check-in unless said sure, and each needs its second concept: alone the words read as the everyday they also are.
ROUND_THIRTY_ONE: dict[str, str] = {
    "go_together": """we all just went together/if we all went together/we all went together/we all just go together/
        if we all go together/we could all go together/all of us went together/all of us together in our sleep/
        nos fueramos todos juntos/si nos vamos todos juntos/irnos todos juntos/irnos los tres juntos/irnos juntos""",
    "in_our_sleep": """in our sleep/in their sleep/all in our sleep/while we sleep/mientras dormimos/dormidos los tres/
        dormidos todos/nobody would suffer/no one would suffer/nobody would feel it/no one would feel anything/
        nadie sufriria/nadie sufriria nada/sin que nadie sufra""",
    "will_understand": """will understand/would understand/will forgive me/lo va a entender/lo entendera/me va a entender/
        me entendera/me perdonara/me va a perdonar""",
    "take_all": """take all my/take all of my/take all of it/take all of them/take them all/take it all/taking all of it/
        taking all my/taking all of them/taking them all/using it all/use it all/swallow all of/swallow them all/
        tomarme todas/tomarme todo/tomarmelas todas/tomar todas mis/me las tomo todas/me las voy a tomar todas""",
    "asked_topic": "asktopic",  # safety.TOPIC_MARK: thoughts asked about, masked
    "mine_bad": """mine are bad/mine are really bad/mine are so bad/mine are worse/mine are getting worse/mine have been bad/
        mine are back/mine are loud/mine are strong/mine are every night/los mios estan peor/las mias estan peor/
        los mios estan muy mal/las mias estan muy mal/yo las tengo ahorita/yo los tengo ahorita""",
    "burn_act": """held my hand over/hold my hand over/holding my hand over/kept my hand over/burn marks/
        puse mi mano sobre la/deje mi mano sobre la/sostuve mi mano sobre""",
    "on_purpose": "was not an accident/no fue accidente/no fue un accidente/no son accidente",
    "repeated": "agan/agian/agin",
    "held_over": """held the baby over/held him over the/held her over the/hold the baby over/holding the baby over/
        dangled the baby/sostuve al bebe sobre/cargue al bebe sobre/saque al bebe por""",
    "unknown_why": """i do not know why i did that/i do not know why i did it/no idea why i did that/
        no se por que lo hice/no se por que hice eso""",
    "pram": "stroller/the stroller/pram/carriola/carreola/cochecito",
    "let_go_of": "let go/to let go/let it go/soltarla/soltarlo/soltar la carriola/soltar el cochecito",
    "put_down": "put it down/put it all down/set it down/lay it down/set it all down/dejarlo/soltarlo todo/dejarlo todo",
    "heavy": "so heavy/too heavy/the weight/this weight/pesa tanto/pesa demasiado/tan pesado/tan pesada",
    "no_rescue": """want anyone to pull me out/want to be pulled out/want anyone to save me/want to be saved/
        want to be rescued/want anyone to rescue me/quiero que nadie me saque/quiero que me salven/quiero que me rescaten""",
    "let_go_out": "not going to relight it/will not relight it/not relight it/never relight it/no la voy a volver a prender",
    "fade_self": """i will just fade out/i will fade out/i will just fade away/i will fade away/i would just fade/
        i could just fade/me voy a desvanecer/me voy a ir apagando/me apago poco a poco""",
    "the_plan": "that is the plan/that is my plan/ese es el plan/es el plan/that is the plan now/ese es mi plan",
    "stop_eating": "stop eating/stopped eating/dejar de comer/deje de comer/no volver a comer",
    "burden": """i will not be a problem for anyone/i will not be a problem for anybody/i will not be a problem to anyone/
        i will not be a problem anymore/ya no voy a ser problema para nadie/ya no sere problema para nadie""",
    "if_not_here": "if i am not here tomorrow/if i am not around tomorrow/si no estoy manana/si manana ya no estoy",
    "pet_care": """feed the cat/feed the dog/walk the dog/feed my cat/feed my dog/take the dog/take the cat/
        dale de comer al gato/dale de comer al perro/saca al perro""",
    "will_done": """my will is done/my will is ready/finished my will/did my will/hice mi will/hice mi testamento/
        ya hice mi testamento/el testamento esta listo/mi testamento esta listo""",
    "all_settled": "i think that is everything/that is everything/that is all of it/eso es todo/ya esta todo/creo que es todo",
    "papers_told": """where the important papers are/where the papers are/where the passwords are/how to do the mortgage/
        how to pay the bills/how to pay the mortgage/donde estan los papeles/como pagar las cuentas/como pagar la hipoteca""",
    "unknowing": """he does not know why/she does not know why/they do not know why/does not know why/
        no sabe por que/no saben por que""",
    "reading_hours": """reading it for hours/been reading for hours/reading about it for hours/reading it all night/
        leyendolo por horas/leyendo por horas/leyendolo toda la noche""",
    "howto_read": "explains how to do it/shows how to do it/tells you how to do it/explica como hacerlo/ensena como hacerlo",
    "danger_point": """before it gets dangerous/before it is dangerous/before it becomes dangerous/before it gets deadly/
        antes de que sea peligroso/antes de que sea peligrosa/hasta que sea peligroso""",
    "know_there": """just to know it is there/just to know they are there/to know it is there/to know they are there/
        para saber que esta ahi/para saber que estan ahi""",
    "still_breathing": """still be breathing by/be breathing by then/still be alive by/still alive by then/
        seguir respirando para/siga respirando para/siga viva para/seguir viva para""",
    "nowhere_after": """going home after or anywhere/going home or anywhere/go home after or anywhere/home or anywhere else/
        a casa ni a ningun lado/a casa ni a ninguna parte""",
    "alcohol": "xanax and vodka/vodka plus",
    "better_plan": "the better plan/a better plan for tonight/the better plan for tonight/el mejor plan/mejor plan para esta noche",
}
ROUND_THIRTY_ONE["death"] = "checking out of life/checked out of life/checking out of this life/check out of this life"
_extend(ROUND_THIRTY_ONE)
# Round 31 review: the child named with "my" or a Spanish child word ("me llevo a mi bebé conmigo").
_TAKES_CHILD = ("taking my baby with me", "take my baby with me", "taking my daughter with me", "taking my son with me",
                "me llevo a mi bebe conmigo", "me llevo a la nina conmigo", "me llevo al nino conmigo",
                "me llevo a mi hija conmigo", "me llevo a mi hijo conmigo")
_extend({"takes_baby": "/".join(_TAKES_CHILD)})
ENTRY_GUARDS.update({
    **dict.fromkeys(("take all my", "take all of my", "taking all my", "take them all", "take it all", "taking them all"),
                    "!kids/children/babies/stuff/things/bags/clothes/records/paperwork/papers/notes/questions/in/back/"
                    "off/out/with_me_to/to_the/to/for_the_trip"),
    **dict.fromkeys(("let go", "to let go", "let it go"), "!of_the_guilt/of_guilt/of_the_idea/of_my_anger/of_stress"),
    **dict.fromkeys(("put it down", "set it down", "lay it down", "put it all down", "set it all down"),
                    "!on/in/for_a/for_the_night/to_sleep/gently/next/beside/by/near"),
    **dict.fromkeys(("if i am not here tomorrow", "if i am not around tomorrow", "si no estoy manana"),
                    "!at/by/when/morning/before/because/for/since/in_time/a_las/temprano/afternoon/night/evening"),
    **dict.fromkeys(("want to be saved", "want anyone to save me"), "!a/some/the/from/for/by/in/on"),
    **dict.fromkeys(("taking baby with me", "taking the baby with me", "take the baby with me", "take baby with me",
                     "me llevo al bebe conmigo") + _TAKES_CHILD,
                    "!to_the_appointment/to_my_appointment/to_the_clinic/to_the_office/to_the_doctor/to_the_store/"
                    "to_the_park/to_my/to_her/to_his/to_our/to_work/a_la_cita/a_mi_cita/a_la_clinica/al_doctor/al_pediatra/"
                    "a_la_tienda/al_parque/a_mi_casa/a_casa/on/for_the/for_a/for_my/for_her/for_his/when_i/while/because/"
                    "since/so_i/so_my/so_he_can/so_she_can/in_the_car/tomorrow/today"),
    **dict.fromkeys(("i will just fade out", "i will fade out", "i will just fade away", "i will fade away", "i would just fade",
                     "i could just fade"), "!on/by/at/in/watching/after/for/early/before/during/while/asleep/to_sleep"),
    **dict.fromkeys(("that is the plan", "that is my plan", "ese es el plan", "es el plan", "ese es mi plan"),
                    "!for/para/de/del/with/con/right/b/a/according/at"),
    "the better plan": "!for_the_baby/for_my_insurance/for_us/for_me_financially/for_payment",
})
SURE_WITH["take_all"] = "lethal fatal"  # "can it be fatal ... thinking of taking all of it"
SURE_TRIPLES += ("take_all meds bye", "take_all meds farewell", "take_all meds image_urge", "take_all meds hopeless",
                 "take_all meds at_once", "asked_topic mine_bad time", "danger_point for_me meds")
SURE_WITH["asked_topic"] = "mine_bad"  # "do patients with suicidal thoughts get seen faster? mine are bad"
SURE_WITH["danger_point"] = "for_me"  # "the max before it gets dangerous, asking for a friend"
CONCERN_PAIRS += ("go_together in_our_sleep", "takes_baby will_understand",
                  "held_over place", "held_over unknown_why", "pram let_go_of image_urge",
                  "put_down heavy forever", "no_rescue", "self_candle let_go_out", "fade_self plan", "fade_self the_plan", "fade_self stop_eating",
                  "if_not_here pet_care", "will_done all_settled", "will_done date_set", "estate all_settled",
                  "papers_told unknowing", "howto_read reading_hours", "method_q reading_hours euphemism",
                  "know_there meds", "know_there means", "still_breathing", "nowhere_after", "better_plan alcohol meds")
# A family gone together in its sleep, vodka with someone's pills as "the better plan", and being alive by the end of
# a series doubted are sure: a toddler named, a medicine asked about or a TV "series" takes them to the check-in only.
SURE_TRIPLES += ("go_together in_our_sleep baby", "better_plan alcohol meds")
# Round 31 review: the baby taken along into death ("taking the baby with me to the grave", "me llevo al bebé conmigo
# al otro lado", "so she won't suffer") is sure; the takes_baby guard names the errands ("to the clinic", "al doctor").
_BEYOND = ("to the grave/to heaven/to the other side/for good/so she wont suffer/so he wont suffer/so she doesnt suffer/"
           "so he doesnt suffer/a la tumba/a mi tumba/al cielo/al otro lado/para siempre/para que no sufra").split("/")
_TAKEN_ALONG = ("taking baby with me", "taking the baby with me", "take the baby with me", "take baby with me",
                "me llevo al bebe conmigo") + _TAKES_CHILD
_extend({"takes_beyond": "/".join(f"{head} {tail}" for head in _TAKEN_ALONG for tail in _BEYOND)})
SURE_TRIPLES += ("takes_beyond",)
# Batch 32: a terse farewell, being done with an apology and love left for the children ("done. sorry. love my kids"),
# is a check-in: any one of the three alone is everyday.
_extend({"done_word": "done/im done/i am done/ya termine/ya acabe/se acabo",
         "love_kids": """love my kids/love my babies/love my children/love my baby/love my boys/love my girls/
             love you kids/amo a mis hijos/amo a mi bebe/quiero a mis hijos/los amo hijos"""})
CONCERN_PAIRS += ("done_word sorry love_kids",)
# Round 31 review: nobody suffering "in the waiting room" or "through the wait" is a queue.
ENTRY_GUARDS.update(dict.fromkeys(("nobody would suffer", "no one would suffer"),
                                  "!in/in_the/through/through_the/during/at/the_wait/waiting/from_the_wait"))
SURE_WITH["still_breathing"] = "by_then"
TOLD_OF = TOLD_OF | {"if_not_here"}  # "she keeps texting 'if I'm not here tomorrow, feed the cat'"
CONCERN_PAIRS += ("marks on_purpose",)  # "the marks on my arms are not an accident"
# Round 31, found by probing: a harm said to help ("I burned myself with the iron again, it helps", "it's the only thing
# that helps", "me ayuda a calmarme") is coping, which no chore explains away: read as serious.
LEXICON["serious"] += ("/it helps/it helps me/only thing that helps/the only thing that helps/only thing that works/"
                       "helps me cope/helps me calm down/me ayuda a calmarme/lo unico que me ayuda/lo unico que me calma")

# Round 32, from the rules' misses on batch 33 generalised into families (tests/test_concepts.py has wordings of our own).
# Each is a check-in of two ideas, guarded or explained by its everyday reading: a visit not needed after a day, or not
# being "around" by a time, doubted; heights researched (tall buildings, roof access); a pet or things given away with
# a cover story taken back ("told her i was moving. i'm not moving"); the others grieving briefly and then lighter;
# waiting for a vehicle to "do me the favor"; a day chosen with nothing it is for; the baby brought along to heaven;
# a child not waking wished ("part of me likes it"); hurting someone said beside the baby, a child's hand forced onto
# a hot surface; tried, "it didn't work", woke up; not trusting oneself to drive or with the baby; an ending made to
# "look natural"; a hand put on the burner; leaning forward at an edge to let go, letting go of the wheel; being told
# it is ok to stop fighting and ready to stop; a ghost already "becoming one"; "won't be sad much longer"; someone
# getting too much on purpose; a number taken ("I took 100 today") beside "over soon"; living a few more days and
# then done; affairs left in order with the life insurance; someone who would raise the baby better, all fine.
# Round 33 review: a tooth, a nap or a cold explains "won't be sad much longer" only as the child's ("his tooth is almost
# through"), never a nap that is over or the writer's own turn after it ("the nap is over and so am i").
_CHILD_BETTER = [f"{whose} {what}" for whose in ("her", "his", "the babys", "my babys", "our babys")
                 for what in ("tooth", "teeth", "molar", "molars", "nap", "cold")] + [
    f"{whose} {what}" for whose in ("su", "sus") for what in ("diente", "dientes", "siesta", "resfriado", "gripa")]
_OWN_TURN_AFTER = "/".join(f"{said}{turn}".replace(" ", "_")
                           for said in ("is over and ", "is over ", "is done and ", "is gone and ", "and ", "")
                           for turn in ("so am i", "so will i", "me too")) + (
    "/y_yo_tambien/se_acabo_y_yo_tambien/termino_y_yo_tambien/ya_se_acabo_y_yo_tambien/se_termino_y_yo_tambien")
ROUND_THIRTY_TWO: dict[str, str] = {
    "unneeded_visit": """might not need the appt/might not need the appointment/will not need the appt/
        will not need the appointment/will not need my appointment/will not need my appt/not need any more appointments/
        will not need another appointment/not going to need the appointment/not going to need my appointment/
        no voy a necesitar la cita/ya no voy a necesitar la cita/no necesitare la cita/ya no necesitare la cita""",
    "visit_reason": """if the/if my/if it/if she/if he/if they/if i/cleared me/discharged/once the/since the/because the/
        feeling better/switching/transfer/moving/covered/si la/si el/si me/me dieron de alta/for the appointment/
        for my appointment/para la cita/para mi cita/para el parto/for the birth/for the delivery/out of town/wedding/
        vacation/traveling/travelling/trip/visiting/fuera de la ciudad/boda/vacaciones/de viaje/visitando/can you/
        could you/call me back/work/trabajar/trabajo/tengo que/a las/me queda bien/works for me/works best/ride service/
        pick me up/a ride/drive me/recogerme/llevarme/viaje/el viaje/otra ciudad/my leave/la licencia""",
    "doubt_around": """do not think i will be around/do not think i will still be around/not sure i will be around/
        not sure i will still be around/doubt i will be around/do not think i will be here/do not think i will still be here/
        no creo que siga aqui/no creo que siga por aqui/no creo que este aqui/no creo que siga viva""",
    "height_place": """tall buildings/tall building/tallest buildings/tallest building/roof access/rooftop access/
        high bridges/tall bridges/edificios altos/edificio alto/acceso a la azotea/acceso al techo""",
    "study_reason": """class/school/project/homework/architecture/tour/photography/photo shoot/photos/clase/tarea/proyecto/
        fotos/apartment/apartments/rent/lease/departamento/renta""",
    "given_away": """gave my cat to/gave my dog to/gave the cat to/gave the dog to/rehomed my/le di mi gato/le di mi perro/
        le regale mi gato/le regale mi perro/been giving away/giving away the/giving away my/he estado regalando/
        estoy regalando mis""",
    "not_moving": """i am not moving/i am not actually moving/i am not really moving/but i am not moving/no me voy a mudar/
        no me mudo/pero no me voy a mudar""",
    "told_moving": "i was moving/i am moving/that i am moving/me iba a mudar/me mudaba/que me mudo",
    "grief_brief": """cry for a week/cry for a few days/cry for a while/be sad for a week/be sad for a few days/
        be sad for a while/sad for a little while/llorarian una semana/llorarian unos dias/estarian tristes unos dias""",
    "then_lighter": """would be lighter/be lighter/would be relieved/be relieved/it would be a gift/would be a gift/
        be a gift really/estarian mas tranquilos/estarian mas ligeros/seria un regalo/estarian aliviados""",
    "vehicle_wait": """for a bus to/for a truck to/for a car to/for a train to/a bus to/a truck to/a car to/a train to/
        que un camion/que un carro/que un tren/que un coche""",
    "favor_me": "do me a favor/do me the favor/does me the favor/does me a favor/me haga el favor/me haga un favor",
    "day_chosen": """chose the day/picked the day/i chose the day/i picked the day/already picked the day/picked a day/
        elegi el dia/escogi el dia/ya elegi el dia/ya escogi el dia/ya tengo el dia elegido""",
    "takes_baby": """bring her with me/bring him with me/bring the baby with me/bring my baby with me/llevarla conmigo/
        llevarlo conmigo/me la llevo conmigo/me lo llevo conmigo""",
    "befall": """if she never woke up/if he never woke up/if the baby never woke up/if she did not wake up/
        if he did not wake up/si no despertara/si nunca despertara/si ya no despertara""",
    "welcome": """part of me likes it/part of me likes that/part of me would be relieved/part of me wants that/
        una parte de mi quiere/una parte de mi lo quiere/una parte de mi se alivia""",
    "violence": """going to hurt someone/gonna hurt someone/i will hurt someone/might hurt someone/going to hurt somebody/
        voy a lastimar a alguien/le voy a hacer dano a alguien/voy a hacerle dano a alguien""",
    "force_hand": """pushed her hand onto/pushed his hand onto/pushed her hand on/pushed his hand on/held her hand on/
        held his hand on/held her hand against/held his hand against/le puse la mano en/le empuje la mano""",
    "hot_thing": "hot stove/the stove/stove/burner/the burner/hot pan/the iron/estufa/la estufa/comal/hornilla/plancha",
    "failed_it": "it did not work/did not work/no funciono/no sirvio/no resulto",
    "woke_after": "i woke up/woke up anyway/i still woke up/still woke up/me desperte/desperte igual/amaneci",
    "distrust_self": """do not trust myself/cannot trust myself/can not trust myself/no confio en mi misma/no confio en mi mismo/
        no me tengo confianza""",
    "unchosen": """make it look natural/it look natural/it looks natural/look like natural causes/natural causes/
        que parezca natural/hacer que parezca natural""",
    "burn_act": """put my hand on the stove/put my hand on the burner/my hand on the stove burner/my hand on the burner/
        poner mi mano en la estufa/poner mi mano en el comal/poner la mano en la estufa""",
    "edge_stand": """standing on the edge/stand on the edge/on the edge of something/lean forward/lean over the edge/
        al borde/inclinarme hacia adelante""",
    "let_go_of": "let go of the wheel/let go del volante/soltar el volante/suelte el volante/soltar el timon",
    "stop_fight_ok": """ok to stop fighting/okay to stop fighting/alright to stop fighting/permission to stop fighting/
        esta bien dejar de luchar/permiso para dejar de luchar""",
    "ready_stop": """i am ready to stop/ready to stop fighting/ready to stop now/lista para dejar de luchar/
        listo para dejar de luchar/ya quiero dejar de luchar""",
    "ghost_self": "like a ghost/a ghost in my own/un fantasma/como un fantasma",
    "become_one": "becoming one/become one/be one for real/convertirme en uno/serlo de verdad",
    "not_long": """will not be sad much longer/not be sad much longer/will not be sad for much longer/
        not be here much longer/will not be around much longer/no voy a estar triste mucho tiempo/
        ya no va a estar triste mucho/no va a estar triste mucho tiempo""",
    "getting_better": """starting to work/are working/is working/getting better/is helping/are helping/treatment/
        empezando a funcionar/estoy mejorando/me esta ayudando/coming home/comes home/gets home/gets here/
        viene a casa/regresa a casa/llega a casa/teething/cutting a tooth/cutting teeth/down for a nap/down for her nap/
        down for his nap/nap time/naptime/once she naps/once he naps/despues de la siesta/le estan saliendo los dientes/
        le esta saliendo un diente/""" + "/".join(_CHILD_BETTER),
    "took_extra": """gets way too much/get way too much/gets too much/takes too much/take too much/took too much/
        toma demasiado/se toma demasiado/tomar demasiado""",
    "over_soon": """it is over soon/it will be over soon/will be over soon/all be over soon/se acaba pronto/pronto se acaba/
        ya casi termina/pronto termina""",
    "few_more_days": """two more days/three more days/a few more days/one more day/a couple more days/couple more days/
        dos dias mas/tres dias mas/unos dias mas/un dia mas""",
    "then_done": """then it is done/then it is over/then i am done/then it all ends/y luego se acaba/y despues se acaba/
        y ya se acaba/y luego se termina""",
    "live_word": "want to live/to live for/only live/quiero vivir/vivir",
    "affairs_left": """deje todo arreglado/ya deje todo arreglado/deje todo en orden/ya deje todo en orden/
        left everything in order/put everything in order/put my affairs in order/got my affairs in order""",
    "replace_me": """would raise her better than me/raise her better than me/raise him better than me/raise them better than me/
        la criaria mejor que yo/lo criaria mejor que yo/los criaria mejor que yo""",
    "all_happier": "everyone would be fine/everybody would be fine/they would all be fine/todos estarian bien",
}
_extend(ROUND_THIRTY_TWO)
ENTRY_GUARDS.update({
    **dict.fromkeys(("do not think i will be around", "not sure i will be around", "doubt i will be around",
                     "do not think i will be here", "do not think i will still be here", "no creo que este aqui",
                     "do not think i will still be around", "not sure i will still be around"),
                    "!for/at/when/to/on/in_time/this/that/the/tomorrow/today/tonight/during/while/monday/tuesday/"
                    "wednesday/thursday/friday/saturday/sunday/para/a_la/en_la/cuando/el/la/los/las/este/esta/a_las/en/"
                    "manana/hoy/lunes/martes/miercoles/jueves/viernes/sabado/domingo"),
    **dict.fromkeys(("chose the day", "picked the day", "i chose the day", "i picked the day", "already picked the day",
                     "picked a day", "elegi el dia", "escogi el dia", "ya elegi el dia", "ya escogi el dia"),
                    "!for/of/to/when/that/because/para/de/del/que/en_que/cuando/we/and_the/y_la/y_el"),
    **dict.fromkeys(("bring her with me", "bring him with me", "bring the baby with me", "bring my baby with me",
                     "llevarla conmigo", "llevarlo conmigo", "me la llevo conmigo", "me lo llevo conmigo"),
                    ENTRY_GUARDS["taking baby with me"]),
    **dict.fromkeys(("gave my cat to", "gave my dog to", "gave the cat to", "gave the dog to", "le di mi gato", "le di mi perro",
                     "le regale mi gato", "le regale mi perro"),
                    "!watch/babysit/for_the/for_a/while/until/hasta/mientras/para_que_lo_cuide/para_que_la_cuide"),
    **dict.fromkeys(("been giving away", "giving away the", "giving away my", "he estado regalando", "estoy regalando mis"),
                    "!" + "/".join(_DONATED_TO) + "/samples/free/tickets/prizes/a/an"),
    **dict.fromkeys(("ok to stop fighting", "okay to stop fighting", "alright to stop fighting"),
                    "!with/about/over/for/con/por/the/it/her/him/this/that/sleep/naps/nap/la/el/lo/my/his/our"),
    **dict.fromkeys(("do me a favor", "do me the favor", "does me the favor", "does me a favor"),
                    "!and/by/y/with/please/por_favor/to/for"),
    **dict.fromkeys(("gets too much", "takes too much", "take too much", "took too much", "toma demasiado", "tomar demasiado",
                     "gets way too much", "get way too much", "se toma demasiado"),
                    "!time/of_my_time/of_her_time/effort/space/energy/work/sugar/caffeine/coffee/sun/screen/tiempo/cafe/"
                    "azucar/milk/formula/leche/air/gas/water/agua/attention/on_my_plate/on_her_plate/on_his_plate/sol"),
    **dict.fromkeys(("a bus to", "a truck to", "a car to", "a train to"), "!take/get/pick/come/drive/bring/arrive/work/school"),
    **dict.fromkeys(("standing on the edge", "stand on the edge"), "!of_the_pool/of_the_bed/of_my_seat/of_the_stage"),
})
SURE_WITH["took_extra"] += " on_purpose"
# Round 32 review: "too much" is a dose taken only when nothing else is named after it ("took too much on purpose",
# "too much of my pills") and a child is not the one taking it ("my son took too much candy on purpose", "the baby gets
# too much spit up on purpose?", "he takes too much on purpose, the remote").
_DOSE_AFTER = frozenset(_REPEATS.sub("", w) for w in (
    "of on again at last yesterday today tonight this and i so because then now when agan de a ayer anoche hoy otra y "
    "esta este ya por con cuando meds medicine medication pills pill").split()) | {w for [w] in _COUNTED}
_MUCH = frozenset({"much", "demasiado"})


def _other_too_much(tokens: list[str], at: int) -> bool:
    much = next((j for j in range(at, min(at + 5, len(tokens))) if tokens[j] in _MUCH), None)
    if much is None:
        return False  # "took more than i should"
    if much + 1 < len(tokens) and tokens[much + 1] not in _DOSE_AFTER:
        return True  # "too much candy", "too much spit up", "demasiado azucar"
    before = tokens[at - 1] if at else ""
    return before in _CHILD_SUBJECTS or _CHILD_AGE.fullmatch(before) is not None \
        or before in ("he", "she", "el", "ella") and tokens[at] in ("takes", "gets", "toma")


CONCERN_ALONE += ["doubt_around", "day_chosen", "unchosen", "stop_fight_ok", "not_long"]
CONCERN_PAIRS += ("unneeded_visit after_point", "unneeded_visit day", "research height_place", "not_moving given_away",
                  "not_moving told_moving", "grief_brief then_lighter", "vehicle_wait favor_me", "befall welcome",
                  "force_hand hot_thing", "tried_past failed_it woke_after", "distrust_self driving", "distrust_self in_car",
                  "distrust_self baby", "distrust_self means", "distrust_self meds", "burn_act image_urge",
                  "burn_act hold_to", "edge_stand let_go_of", "welcome favor_me", "driving let_go_of image_urge", "stop_fight_ok ready_stop",
                  "ghost_self become_one", "took_count over_soon", "took_count bye", "took_count farewell",
                  "took_count hopeless", "took_count death", "few_more_days then_done live_word", "affairs_left insurance",
                  "affairs_left estate", "replace_me all_happier", "misread given_away")
EXPLAINED_BY.update({
    "unneeded_visit": frozenset({"visit_reason", "recovered", "getting_better"}),
    "doubt_around": frozenset({"trip_words", "late_reason", "care_reason", "getaway", "away_reason", "errand", "visit_reason"}),
    "height_place": frozenset({"study_reason", "trip_words", "getaway"}),
    "day_chosen": frozenset({"errand", "trip_words", "countdown_reason", "care_reason", "milestone", "getaway", "visit_reason",
                             "appt_time"}),
    "distrust_self": frozenset({"away_reason", "medical", "visit_reason"}),
    "unchosen": EXPLAINED_BY.get("unchosen", frozenset()) | {"grooming", "skin_care", "craft"},
    "not_long": frozenset({"getting_better", "recovered"}),
    "few_more_days": frozenset({"trip_words", "getaway", "countdown_reason", "visit_reason"}),
    "woke_after": frozenset({"night_care", "feed_care", "feed_additive"}), "affairs_left": frozenset({"visit_reason", "errand"}),
})
TOLD_OF = TOLD_OF | {"not_long"}  # "i told her mommy won't be sad much longer": a child told is no story
_guard_more(("i woke up", "i still woke up", "me desperte"),
            "at/to/with/early/late/in/because/twice/again/every/from/like/screaming/crying/a_las/temprano/tarde/con/por/"
            "exhausted/tired/so/still_tired/sore/sick/cansada/cansado/agotada/agotado/feeling/with_a/hungry")
_guard_more(("will not be sad much longer", "not be sad much longer", "will not be sad for much longer"),
            "once/when/after/because/since/until/cuando/now_that/as_soon/bc/cuz")
ENTRY_GUARDS.update(dict.fromkeys(_CHILD_BETTER, "!" + _OWN_TURN_AFTER))  # "her nap is over and so am i"
_CONTEXT = _CONTEXT | {"visit_reason", "study_reason", "getting_better"}
_BLOWS = _BLOWS | {"force_hand"}  # "the baby pushed her hand onto the hot stove door": the child's own doing
# A harm told as repeated and as what helps ("I burned myself with the iron again, it helps") is coping, which a chore's
# mishap does not explain away (see _window_tier()).

# Round 32 (b), from the rules' misses still left on batches 22-32, generalised the same way: a vehicle's blow welcomed
# ("would be a vacation"); drinking until numb beside the pills; standing in traffic, walking into water "and kept
# going"; a lighter pressed to one's body; the pet given away "so it's easy for them after", one's things given
# "while I still can"; the body too heavy to carry, put down for good; mother and baby happier "there together", taken
# "somewhere nothing hurts"; "it hurt too much to stay"; SIDS wished for; both going, "I've thought about how"; not
# knowing what one will do to the children; methods researched; "let everyone be happy"; one's existence a mistake to
# correct; everything in the cabinet taken; a pillow over the baby's face, then stopped. Check-ins unless said sure.
# A vehicle's blow is read only as what is welcomed, said as one thought ("a truck hitting me would be a relief"): a fear
# of traffic and a relief said of something else in the same message ("a sidewalk would be a relief") are two things.
# Round 33 review: a word of candour may come between ("a truck hitting me honestly would be a relief", "would really be a
# mercy", "que me atropelle un camion la verdad seria un alivio"), and a blow said as "being hit by" or by a semi.
_VEHICLE_BLOWS = [f"{blow} {vehicle}" for vehicle in ("a truck", "a car", "a bus", "a train", "a semi")
                  for blow in ("getting hit by", "being hit by")] + [
    f"{vehicle} hitting me" for vehicle in ("a truck", "a car", "a bus", "a train", "a semi")]
_VEHICLES_ES = ("un camion", "un carro", "un coche", "un auto", "un tren", "un bus")
_BLOWS_ES = [f"que me atropelle {vehicle}" for vehicle in _VEHICLES_ES] + [
    f"que {vehicle} me atropelle" for vehicle in _VEHICLES_ES]
_CANDOUR = ("", "honestly ", "actually ", "really ", "truly ", "tbh ", "ngl ", "kinda ", "probably ", "almost ", "just ")
_CANDOUR_ES = ("", "sinceramente ", "la verdad ", "de verdad ", "honestamente ", "realmente ", "casi ", "hasta ", "neta ")
_WELCOMED = tuple(f"{first}would {second}be {what}"
                  for what in ("a vacation", "a relief", "a mercy", "a blessing", "such a relief")
                  for first in _CANDOUR for second in _CANDOUR if not (first and second))  # one candour word at most
_WELCOMED_ES = tuple(f"{first}seria {second}{what}" for what in ("un alivio", "una bendicion", "un descanso")
                     for first in _CANDOUR_ES for second in _CANDOUR_ES if not (first and second)) + tuple(
    f"{first}serian {second}unas vacaciones" for first in _CANDOUR_ES for second in _CANDOUR_ES if not (first and second))
ROUND_THIRTY_TWO_B: dict[str, str] = {
    "befall": "/".join([f"{blow} {welcome}" for blow in _VEHICLE_BLOWS for welcome in _WELCOMED]
                       + [f"{blow} {welcome}" for blow in _BLOWS_ES for welcome in _WELCOMED_ES]),
    "welcome": "/".join(_WELCOMED + _WELCOMED_ES),
    "drink_until": """drink until i can not feel/drink until i cannot feel/drink until i pass out/drink until i black out/
        beber hasta no sentir/tomar hasta no sentir/tomar hasta perderme""",
    "method": """stand in traffic/go stand in traffic/walked in and kept going/walk in and keep going/
        just walked in and kept going/pararme en el trafico/meterme al trafico/me meti y segui""",
    "press_to": "press it to my/pressed it to my/pressing it to my/lo presiono contra mi/lo apreto contra mi",
    "after_unsaid": """easy for them after/easier for them after/easy for everyone after/easier for everyone after/
        mas facil para ellos despues/mas facil para todos despues""",
    "while_can": "while i still can/mientras todavia puedo/mientras aun puedo",
    "given_away": "gave my sister all my/gave my mom all my/gave her all my/le di a mi hermana todas mis/le regale a mi hermana",
    "heavy": "carrying this body/tired of carrying/cansada de cargar este cuerpo/cansado de cargar este cuerpo",
    "together_there": """happier there together/be there together/together in heaven/together up there/
        juntas en el cielo/juntos en el cielo/mas felices alla juntos/mas felices alla juntas""",
    "painless_place": """somewhere nothing hurts/where nothing hurts/somewhere where nothing hurts/a donde nada duela/
        donde nada duele/donde ya nada duela""",
    "cant_stay": "hurt too much to stay/too much to stay/dolia demasiado para quedarme/duele demasiado para quedarme",
    "sids_wish": """sids just happen/sids would just happen/sids would happen to/wish sids would/hope sids/
        que le de muerte de cuna/ojala muerte de cuna""",
    "go_together": "if we both go/if we both went/we both go/we both went/si nos vamos las dos/si nos vamos los dos",
    "thought_how": "thought about how/i have thought about how/pensado en como/ya pense como/ya pense en como",
    "violence": """what i will do to them/what i will do to her/what i will do to him/what i might do to them/
        lo que les voy a hacer/lo que le voy a hacer""",
    "method_q": "researching methods/looking up methods/reading about methods/buscando metodos/investigando metodos",
    "all_happy": "let everyone be happy/so everyone can be happy/que todos sean felices/para que todos sean felices",
    "burden": """go so everyone can be happy/leave so everyone can be happy/disappear so everyone can be happy/
        irme para que todos sean felices/me voy para que todos sean felices/desaparecer para que todos sean felices""",
    "not_moving": "moving i am not/me mudo no es cierto",
    "hurt_stay": "hurt too much to stay/hurts too much to stay/dolia demasiado para quedarme/duele demasiado para quedarme",
    "harm_unsure": """do not know what i will do to them/do not know what i will do to her/do not know what i will do to him/
        do not know what i might do to them/do not know what i might do to her/do not know what i might do to him/
        no se que les voy a hacer/no se lo que les voy a hacer/no se que le voy a hacer/no se lo que le voy a hacer""",
    "self_mistake": """my existence is a mistake/i am a mistake/i was a mistake/mi existencia es un error/soy un error/
        fui un error""",
    "correct_it": """going to correct/going to fix it/going to fix that/voy a corregir/voy a arreglar/lo voy a corregir""",
    "take_all": "take everything in the/taking everything in the/tomarme todo lo del/tomar todo lo del",
    "cabinet_all": "the cabinet/medicine cabinet/the medicine cabinet/el botiquin/the bathroom cabinet",
    "smother_obj": """pillow near her face/pillow near his face/pillow over her face/pillow over his face/pillow on her face/
        pillow on his face/blanket over her face/blanket over his face/almohada en su cara/almohada sobre su cara""",
    "stopped_self": "and stopped/then stopped/me detuve/y pare/y me detuve",
}
_extend(ROUND_THIRTY_TWO_B)
ENTRY_GUARDS.update({
    **dict.fromkeys(("while i still can", "mientras todavia puedo", "mientras aun puedo"), "!afford/get/sleep/fit/y/and_before"),
    **dict.fromkeys(("thought about how", "i have thought about how"),
                    "!to/much/i/we/you/it/the/my/she/he/they/lucky/hard/far/long/best"),
    **dict.fromkeys(("too much to stay",), "!up/awake/home/for/in/at/with/on/longer/in_the"),
    **dict.fromkeys(("we both go", "we both went", "if we both go", "if we both went"),
                    "!to/back/out/in/on/for/home/together_to/shopping/with/and/at/through/into/up/down"),
    **dict.fromkeys(("going to correct", "voy a corregir"), "!the/my/his/her/it_on/a/el/la/los/las/mi"),
    # Round 32 review: the everyday readings of the same words ("traffic court", "researching methods of sleep
    # training", "becoming one with the couch", "a mistake magnet", "walked in and kept going to room 3", "hope SIDS
    # awareness month gets more attention", "be there together with the baby at 3pm").
    **dict.fromkeys(("stand in traffic", "go stand in traffic", "step into traffic"),
                    "!court/school/ticket/tickets/to_get/to_work/every/each/daily/all_day/for_hours/for_an_hour/line/lines/"
                    "jams/jam/on_my_way/on_the_way/on_the_highway/for"),
    **dict.fromkeys(("researching methods", "looking up methods", "reading about methods", "buscando metodos",
                     "investigando metodos"), "!of/for/to/on/de/para"),
    **dict.fromkeys(("becoming one", "become one"), "!with/of/year/month/week/day/piece/team/family/more/con/de"),
    **dict.fromkeys(("i am a mistake", "i was a mistake", "soy un error", "fui un error"),
                    "!magnet/maker/makers/prone/machine/baby/ma/de/en/when/in/at/with"),
    **dict.fromkeys(("walked in and kept going", "walk in and keep going", "just walked in and kept going"),
                    "!to/down/past/through/straight/up/back/right/around/inside/in/for/into/toward/towards"),
    **dict.fromkeys(("hope sids", "wish sids would"),
                    "!awareness/research/funding/month/risk/risks/prevention/education/gets/get/is/be/becomes/become/"
                    "stops/stop/ends/end/never/goes/go_away/rates/rate/campaigns/day/week"),
    **dict.fromkeys(("hurt too much to stay", "hurts too much to stay"),
                    "!up/awake/home/for/in/at/with/on/longer/in_the/standing/sitting/seated/still/there/here/put"),
    **dict.fromkeys(("somewhere nothing hurts", "where nothing hurts", "somewhere where nothing hurts"),
                    "!for/after/during/like/at/in_the/with/day/spa/massage/treatment/para/con"),
    **dict.fromkeys(("moving i am not",), "!sure/ready/happy/excited/looking/going/able/allowed/packing/done/a/the/far/until/"
                                          "til/yet/til/just/that/in/moving/staying"),
    **dict.fromkeys(("do not know what i will do to them", "do not know what i will do to her",
                     "do not know what i will do to him", "do not know what i might do to them",
                     "do not know what i might do to her", "do not know what i might do to him", "no se que les voy a hacer",
                     "no se lo que les voy a hacer", "no se que le voy a hacer", "no se lo que le voy a hacer"),
                    "!for/about/with/on/at/to_help/to_make/to_get/para/con/de/en/por/birthday/cumpleanos/if_they_like"),
    **dict.fromkeys(("be there together", "happier there together"),
                    "!with/at/by/on/for/tomorrow/today/in_time/early/before/after/con/a_las/para/manana/hoy"),
})
# Round 32 review: everyone made happy ("para que todos sean felices") is a burden only beside the writer gone ("without
# me", "sin mí"); a party moved "so everyone can be happy" is not (nor two cakes, which the typo repair reads as pills:
# beside a medicine it is only the check-in).
SURE_WITH["all_happy"] = "absence with_me"
# Round 33 review: the writer's own leaving said apart from it ("I should leave and let everyone be happy", "me voy a ir
# para que todos sean felices") is the check-in, and sure when it is forever; a thing left, a trip or an errand ("leave
# the cake out", "go away for the weekend", "me voy a ir de vacaciones") is no leaving.
_extend({"leave_self": """i should leave/i should just leave/i will leave/i will just leave/i am leaving/i am going to leave/
    i want to leave/i need to leave/i should go away/i will go away/i am going away/i want to go away/i need to go away/
    i should just go/i will just go/i should go/i will go/i am going to go/i am just going to go/i should disappear/
    me voy a ir/mejor me voy/mejor me voy a ir/me tengo que ir/deberia irme/me debo ir/me ire/me voy lejos/me quiero ir/
    quiero irme/voy a irme/me voy a ir lejos"""})
ENTRY_GUARDS.update(dict.fromkeys(
    _entries(LEXICON["leave_self"]),
    "!to/for/on/at/early/late/the/a/an/this/that/with/home/out/now/first/after/before/in/by/tomorrow/today/tonight/work/"
    "back/it/them/him/her/you/my/your/our/their/some/soon/around/ahead/over/up/down/get/see/pick/grab/check/shopping/"
    "de/al/con/en/por/temprano/manana/hoy/ahorita/un_rato/para_la/para_el/para_mi/para_tu/para_alla/para_aca/a_la/a_las/"
    "a_casa/a_trabajar/a_mi/lo/la/los/las/le/les/mi/mis/su/sus/tu/ya_a"))
CONCERN_PAIRS += ("all_happy leave_self",)
SURE_TRIPLES += ("all_happy leave_self forever",)  # "i'll go forever so everyone can be happy", not "love them forever"
CONCERN_ALONE += ["sids_wish", "hurt_stay", "harm_unsure"]
_guard_more(("do not trust myself", "cannot trust myself", "can not trust myself"),  # the road, not oneself, is the danger
            "/".join(f"to_drive_{road}" for road in ("in_the_snow", "in_snow", "in_the_rain", "in_rain", "on_ice", "on_the_ice",
                                                     "in_the_ice", "in_the_storm", "in_a_storm", "at_night", "in_the_dark",
                                                     "on_the_highway", "in_the_city", "in_traffic")))
CONCERN_PAIRS += ("drink_until meds", "press_to body", "given_away while_can", "together_there baby", "together_there dead",
                  "painless_place baby", "painless_place pron", "go_together thought_how", "self_mistake correct_it",
                  "take_all cabinet_all", "smother_obj stopped_self", "smother_obj unknown_why", "heavy put_down forever",
                  "all_happy meds", "all_happy means", "all_happy method", "all_happy hopeless", "all_happy farewell",
                  "all_happy bye", "all_happy plan", "all_happy self_mistake")
TOLD_OF = TOLD_OF | {"sids_wish", "painless_place", "after_unsaid"}  # "mommy's going to take us...", "easy for them after": no story
# Round 32 review: hurting someone said in any tense, beside the baby ("tengo miedo de lastimar a alguien. a la bebé");
# someone's feelings and a hurt done "by" an errand are other things.
_extend({"violence": "hurt someone/hurting someone/hurt somebody/hurting somebody/lastimar a alguien/hacerle dano a alguien"})
ENTRY_GUARDS.update(dict.fromkeys(("hurt someone", "hurting someone", "hurt somebody", "hurting somebody", "lastimar a alguien",
                                   "hacerle dano a alguien"),
                                  "!s/feelings/else/by/at/in/with/on/when/if/s_feelings/sin_querer/por/con/en/cuando/si"))

# Round 33, from batch 34's misses and probing: each idea read in wordings of its own, a check-in. Working out how
# much of a household means "it would take"; a stockpile of one's medicine counted in bottles or bought "just to have
# them"; self-harm told by its after-effects ("my wrists sting from what I did", "my arms are a mess, I've been doing
# it again"); wishing to be nothing, quiet forever, uninstalled, to fade; not eating on purpose; the will and the songs
# told; hands going to the baby's neck; a dead mom as a choice; "how and when"; mornings a disappointment, wishing one
# day one won't (wake); the seatbelt left off "if something happens"; a note found; a hurt wanted or kept up until the
# skin blisters; driving into something so as never to come back; the baby stopping breathing "so it can all be over";
# nothing needed after a day; a harm told as "not by accident"; farewells sent through others in Spanish; everything
# needed in the cabinet; a refill "to take them all"; a burn that felt good; a pet that was the only reason; scars
# opened by one's own hand; a pillow held too long. The everyday reading of each stays quiet by its wording (a count
# of diapers, a carpal tunnel brace, "4 hours, so busy", the will form, the nap schedule).
ROUND_THIRTY_THREE: dict[str, str] = {
    "reckon_many": """calculate how many/calculating how many/calculated how many/figure out how many/figuring out how many/
        work out how many/working out how many/counting how many/wonder how many/wondering how many/wonder how much/
        wondering how much/calculate how much/calculating how much/figure out how much/calculo cuantas/calculo cuantos/
        calcular cuantas/calcular cuantos/me pregunto cuantas/me pregunto cuantos/me pregunto cuanto/calculando cuantas/
        calculando cuantos""",
    "would_take": """it would take/would it take/it would need/it takes to/it would actually take/se necesitarian/haria falta/
        harian falta/se necesitaria/bastarian/bastaria""",
    "household_chem": """cleaning aisle/the cleaning aisle/bleach/drain cleaner/cleaning products/cleaning supplies/antifreeze/
        rat poison/lye/lejia/cloro/productos de limpieza/pasillo de limpieza/raticida/veneno para ratas/destapacanos""",
    "stockpile": """stocked up on/stocking up on/been stockpiling/stockpiling/been saving my/been saving up my/hoarding my/
        been collecting my/been hoarding/junte muchas/he estado juntando/estoy juntando mis/guardando mis pastillas/
        he estado guardando mis/bought a second bottle/bought another bottle/compre otro frasco/compre otra caja""",
    "containers": "botles/bottles/boxes of/frascos/cajas de/packs of/bottles of",
    "keep_spare": "just to have them/just to have it/just to have some/solo para tenerlas/nomas para tenerlas/solo para tenerlos",
    "own_doing": """from what i did/what i did last night/what i did to them/what i did to it/what i did to myself/
        from what i have been doing/been doing it again/doing it again/did it again/started again/lo volvi a hacer/
        lo he vuelto a hacer/por lo que hice/de lo que hice/lo que me hice/volvi a hacerlo""",
    "hurt_mark": """sting/stings/stinging/are a mess/is a mess/kind of a mess/a mess right now/are raw/scabbed/scabs/
        are wrecked/torn up/arden/me arden/ardor/estan hechos un desastre/hechas un desastre/me pica/me duelen""",
    "nothing_wish": """want to be nothing/wanna be nothing/just be nothing/to be nothing/quiero ser nada/no ser nada/
        quiero no ser nada/ser nada/uninstall myself/uninstalling myself/uninstalled myself/desinstalarme/
        if i just fade/if i fade away/just fade away/fade away slowly/fade slowly/let myself fade/desvanecerme/
        apagarme poco a poco/irme apagando""",
    "quiet_forever": "quiet forever/silent forever/silence forever/silencio para siempre/callada para siempre",
    "starve": """have not eaten in/not eaten in/stopped eating/quit eating/no he comido en/deje de comer/llevo dias sin comer/
        not eating on purpose""",
    "will_told": """where the will is/where my will is/donde esta el testamento/donde esta mi testamento/
        donde deje el testamento/where i keep the will""",
    "songs_want": """what songs i want/which songs i want/songs i want played/que canciones quiero/las canciones que quiero/
        what song i want/what music i want""",
    "to_neck": """hands keep going to her neck/hands keep going to his neck/hands going to her neck/hands going to his neck/
        my hands around her neck/my hands around his neck/hands are around her neck/hands are around his neck/
        hands around her throat/hands around his throat/hands on her throat/hands on his throat/squeeze her neck/squeeze his neck/squeezing her neck/
        squeezing his neck/apretarle el cuello/mis manos en su cuello/mis manos alrededor de su cuello""",
    "almost_real": """almost did for real/almost did it for real/nearly did for real/nearly did it for real/they almost did/
        casi lo hice de verdad/casi lo hago de verdad/casi lo hice en serio/casi lo hacen/i almost did/casi lo hice""",
    "dead_parent": """a dead mom/a dead mother/a dead mommy/a dead mum/a dead wife/a dead dad/una mama muerta/una madre muerta/
        un papa muerto/una esposa muerta""",
    "about_pick": """about to pick/about to choose/about to decide/going to pick/a punto de elegir/a punto de escoger/
        voy a escoger/voy a elegir""",
    "how_when": "about how and when/how and when/the how and when/como y cuando/cuando y como/el como y el cuando",
    "morning_letdown": """every morning is a disappointment/waking up is a disappointment/disappointed to wake up/
        disappointed i woke up/disappointed that i woke up/disappointed i am still here/me decepciona despertar/
        decepcionada de despertar/decepcionado de despertar/cada manana es una decepcion""",
    "wish_wont": """wish one day i just will not/wish one day i will not/wish i just will not/one day i just will not/
        ojala un dia ya no/ojala algun dia ya no/ojala un dia no despierte""",
    "stopped_belt": """stopped buckling my/stopped buckling up/stopped wearing my seatbelt/stopped wearing a seatbelt/
        stopped wearing my seat belt/do not buckle up anymore/no longer buckle/deje de ponerme el cinturon/
        ya no me pongo el cinturon/ya no uso el cinturon""",
    "if_happens": """if something happens/if anything happens/whatever happens happens/si algo pasa/si pasa algo/
        si me pasa algo/que pase lo que pase""",
    "found_note": """found my note/found the note i wrote/read my note/found my letter/read my letter/encontro mi nota/
        encontro mi carta/leyo mi carta/leyo mi nota/found my goodbye""",
    "want_hurt": """wanted it to hurt/want it to hurt/i want to feel pain/wanted to feel pain/queria que doliera/
        quiero que duela/quise que me doliera/so it would hurt/para que me doliera/needed it to hurt/necesitaba que doliera""",
    "skin_until": """until my skin went red/until my skin blistered/until my skin burned/hasta que se me puso roja la piel/
        hasta que se me ampollo la piel/hasta que me salieron ampollas""",
    "never_back": """never have to come back/never had to come back/not have to come back/would not come back/
        no tener que volver/no tener que regresar/nunca tener que volver""",
    "method": """driving into something/drive into something/driving into a wall/drive into a wall/driving into a tree/
        drive into a tree/drive into oncoming/driving into oncoming/meterme contra algo/estrellarme contra algo""",
    "all_over": """so it can all be over/so it can be over/so it is all over/so it would all be over/so it will all be over/
        para que todo se acabe/para que se acabe todo/para que ya se acabe/y que todo se acabe""",
    "unneeded_visit": """will not need anything after/not need anything after/will not need anything else after/
        no voy a necesitar nada despues/ya no necesitare nada despues/ya no voy a necesitar nada despues""",
    "not_accident": """no fue sin querer/not an accident/was not an accident/not by accident/no fue accidente/
        no fue un accidente/no fue por accidente/it was no accident""",
    "proxy_es": """diganle a mi/diganles a mis/diganle a mis/que le digan a mi/que les digan a mis/que le digan a mis/
        digale a mi/dile a mi""",
    "loved_past": """que la quise/que lo quise/que los quise/que las quise/que la ame/que lo ame/que los ame/
        that i loved her/that i loved him/that i loved them""",
    "when_gone": "cuando me vaya/cuando ya no este/cuando yo no este/when i am gone/once i am gone",
    "have_all": """everything i need in the bathroom/everything i need in the cabinet/everything i need in my cabinet/
        everything i need in the medicine cabinet/everything i need in my medicine cabinet/everything i need in my bathroom/
        everything i need is in the/todo lo que necesito en el botiquin/todo lo que necesito en el bano""",
    "refill_word": "my refill/the refill/my prescription/mi receta/mi resurtido/the prescription",
    "only_reason": """was my only reason/was the only reason i/was my reason to live/was my one reason/era mi unica razon/
        era lo unico que me/era mi razon para vivir""",
    "no_point": """do not see the point now/do not see the point anymore/do not see the point of anything/
        no le veo sentido/ya no le veo sentido/what is the point now""",
    "pet_end": """put our cat down/put our dog down/put my cat down/put my dog down/putting my cat to sleep/
        putting my dog to sleep/putting our cat to sleep/putting our dog to sleep/put her down/dormir a mi gato/
        dormir a mi perro/sacrificar a mi/my cat died/my dog died/se murio mi gato/se murio mi perro""",
    "sleep_with_pet": "go to sleep with her/go to sleep with him/dormirme con ella/dormirme con el/sleep with her forever",
    "reopen": """i keep opening them/keep opening them/i keep reopening/i keep opening it/i keep picking them open/
        keep picking them open/i open them back up/me las sigo abriendo/los sigo abriendo/las sigo abriendo/me los abro""",
    "scar_word": "scars/scar/cicatrices/cicatriz/heridas/stitches/cortes/cuts",
    "held_long": """held it too long/held it a little too long/held the pillow too long/held the pillow a little too long/
        held it there too long/la sostuve demasiado/sostuve la almohada demasiado""",
}
_extend(ROUND_THIRTY_THREE)
ENTRY_GUARDS.update({
    **dict.fromkeys(("want to be nothing", "wanna be nothing", "to be nothing", "just be nothing", "quiero ser nada",
                     "ser nada", "no ser nada"),
                    "!like/but/more/less/else/short/other/new/special/to/for/without/of/como/mas/menos/sin/para/de"),
    **dict.fromkeys(("uninstall myself", "uninstalling myself", "uninstalled myself"),
                    "!from_the/from_my/from_this_app/from_this_group/from_the_chat/off/de_la/del/de_este_grupo"),
    **dict.fromkeys(("how and when", "about how and when", "the how and when", "como y cuando", "cuando y como"),
                    "!to/i/we/you/she/he/they/the/my/our/it/a/an/de/el/la/los/las/mi/para/will/would/should/can/do/does/"
                    "is/are/did/she/her/his/their/your/this/that/tu/su/sus/mis/se/lo/le/les/me/nos"),
    **dict.fromkeys(("found my note", "read my note", "found my letter", "read my letter", "encontro mi nota", "encontro mi carta",
                     "leyo mi carta", "leyo mi nota"),
                    "!about/for/on/in/with/to/from/of/sobre/de/para/con/en/that_says_buy/list/about_the"),
    **dict.fromkeys(("wanted it to hurt", "want it to hurt", "queria que doliera", "quiero que duela"),
                    "!less/any_less/as_little/menos/so_i/so_that"),
    **dict.fromkeys(("from what i did", "what i did last night", "did it again", "started again", "doing it again",
                     "been doing it again"),
                    "!at/in/with/to/at_the/at_work/in_the/lifting/at_gym/at_the_gym/yesterday_at/on/while/for/she/he/"
                    "the_baby/my_son/my_daughter/moving/carrying/cleaning/gardening/painting/typing"),
    **dict.fromkeys(("stocked up on", "stocking up on", "stockpiling"), "!for/diapers/formula/wipes/snacks/food"),
    **dict.fromkeys(("was my only reason", "was the only reason i", "era mi unica razon"),
                    "!for/to_go/to_buy/to_visit/to_stay_in/to_pick/para_ir/de_ir/para_comprar/why_i_went/i_went"),
    **dict.fromkeys(("do not see the point now", "do not see the point anymore", "no le veo sentido", "ya no le veo sentido"),
                    "!of/in/to/de/en/with/a/al/con"),
    **dict.fromkeys(("stopped buckling my", "stopped buckling up"), "!the/her/him/his/son/daughter/baby/kids/children"),
    **dict.fromkeys(("i keep opening them", "keep opening them", "i keep opening it", "i keep reopening"),
                    "!to_check/to_look/to_see/by_accident/accidentally/sin_querer"),
})
CONCERN_ALONE += ["nothing_wish", "will_told", "morning_letdown", "wish_wont", "found_note", "only_reason"]
CONCERN_PAIRS += ("reckon_many would_take household_chem", "stockpile meds containers", "stockpile own_meds containers", "stockpile meds keep_spare",
                  "stockpile own_meds keep_spare", "own_meds keep_spare", "own_doing body hurt_mark",
                  "quiet_forever image_urge", "starve on_purpose", "starve nothing_wish", "songs_want serious",
                  "to_neck image_urge", "to_neck almost_real", "dead_parent about_pick", "dead_parent baby about_pick",
                  "how_when image_urge", "stopped_belt if_happens", "stopped_belt means if_happens", "want_hurt body",
                  "want_hurt hot_thing", "skin_until want_hurt", "skin_until on_purpose", "never_back driving",
                  "never_back method", "never_back hard", "stop_breath all_over", "fatal all_over",
                  "proxy_es loved_past", "proxy_es sorry", "when_gone loved_past", "when_gone proxy_es",
                  "have_all cabinet_all", "take_all refill_word", "take_all supply", "plan_take take_all",
                  "burn_act enjoyed", "only_reason no_point", "pet_end sleep_with_pet", "pet_end no_point",
                  "reopen scar_word", "held_long pillow")
# "no fue sin querer": an accident denied does not explain the harm away, and a chore's burn that "felt good" is no
# mishap (see _window_tier()).
_RELIEF = "sit/rest/eat/finally/cook/sleep/lie/shower/get_out/be_done/finish/go_out/talk/sit_down/lie_down"
ENTRY_GUARDS.update({"it felt good": "!" + "/".join("to_" + w for w in _RELIEF.split("/")), "felt good to": "!" + _RELIEF})
EXPLAINED_BY.update({"stockpile": frozenset({"late_reason", "illness", "medical", "care_reason"})})
# "done with" a chore softens; done with this life, this body or the whole game does not.
ENTRY_GUARDS["done with"] = ("!this_life/this_body/life/being_alive/living/existing/the_whole_game/this_world/being_a_person/"
                             "being_me/myself/me/it_all/all_of_it/esta_vida/la_vida/vivir")

# Round 33 review (low): the everyday reading of each new family, named by what follows its words: sessions or visits
# counted "to see results", a morning spoiled by a thing ("when the coffee machine is broken"), a child's car seat
# straps, nothing needed after a treatment, doses taken "with breakfast", a pet the reason "to get up early", a family
# visited at the grave, scar cream, hands at the baby's neck to burp or hold him. The same words with a crisis after
# them still read ("how many pills it would take", "i keep opening them, the scars").
_guard_more(tuple(_entries(LEXICON["reckon_many"])),
            "sessions/visits/appointments/treatments/infusions/baths/rounds/weeks/months/days/times/sesiones/citas/"
            "tratamientos/infusiones/banos/semanas/meses/dias/veces")
_guard_more(("it would take", "would it take", "it would actually take"),
            "to_see/to_heal/to_clear/to_notice/to_feel_better/para_ver/para_notar/para_sanar")
_guard_more(("every morning is a disappointment", "waking up is a disappointment", "cada manana es una decepcion"),
            "when_the/when_my/when_our/when_there_is_no/when_she/when_he/when_they/when_we/cuando_el/cuando_la/cuando_mi/"
            "cuando_mis/cuando_no_hay")
_guard_more(("stopped buckling my",), "daughters/sons/babys/childs/kids/toddlers/little/car_seat/infant")
_guard_more(tuple(_entries(ROUND_THIRTY_THREE["unneeded_visit"])),
            "/".join(f"{the}_{what}" for the in ("the", "my", "la", "el", "mi", "de_la", "del", "de_mi")
                     for what in ("infusion", "procedure", "procedimiento", "surgery", "cirugia", "session", "sesion",
                                  "treatment", "tratamiento", "shot", "injection", "inyeccion", "visit", "visita",
                                  "appointment", "cita", "birth", "delivery", "parto", "c_section", "cesarea")))
_guard_more(("take them all", "take it all", "taking them all", "tomarme todas", "me las tomo todas"),
            "together_with_food/together_with_breakfast/together_with_dinner/with_food/with_breakfast/with_dinner/"
            "with_meals/juntas_con_comida/juntas_con_el_desayuno/con_comida/con_el_desayuno/con_la_cena")
_guard_more(("was my only reason", "was the only reason i", "era mi unica razon"),
            "to_get_up_early/to_wake_up_early/to_walk/to_exercise/to_go_outside/to_cook/to_clean/para_levantarme_temprano/"
            "para_caminar/para_salir_a_caminar/para_hacer_ejercicio")
_guard_more(("planning to be with her", "planning to be with him"),
            "family/familia/parents/mom/dad/mother/father/sister/brother/grandma/grandpa/husband/friends/at_the/on_her/"
            "on_his/for_her/for_his/for_the/and_her/and_his")
_guard_more(("scar", "scars", "cicatriz", "cicatrices"),
            "cream/creams/gel/gels/oil/sheets/sheet/tape/strips/silicone/massage/treatment/treatments/removal/laser/"
            "cream_packets/crema/cremas/aceite/parches")
_guard_more(tuple(e for e in _entries(ROUND_THIRTY_THREE["to_neck"]) if "going to" in e),
            "when_i_burp/when_burping/while_i_burp/while_burping/to_burp/when_i_hold/when_i_pick/when_i_carry/"
            "when_i_bathe/when_i_feed/when_i_change/to_support/to_hold/to_check/to_feel/to_steady/cuando_lo_cargo/"
            "cuando_la_cargo/para_sostener/para_sacarle/cuando_le_saco")

# Round 33 (b), from the rules' misses still left on batches 9-32, generalised the same way (check-ins): the note found
# ("found the note"); being with a lost child again; not eating (and drinking) "until it works", or beside self-harm;
# moving out of life; a rest that is said not to be sleep, for good; wanting to take more than the most that is safe;
# nails "instead of the blade"; "the water kind" thought about; the tree or the spot picked; all the refills at once
# "before I go through with it".
ROUND_THIRTY_THREE_B: dict[str, str] = {
    "found_note": "found the note/read the note/encontro la nota/encontro la carta/leyo la nota/leyo la carta",
    "lost_child": """the one we lost/the baby we lost/the one i lost/the baby i lost/we lost last year/our angel baby/
        my angel baby/my stillborn/el bebe que perdimos/la bebe que perdimos/el que perdimos/la que perdimos/mi angelito""",
    "join_them": """to be with her by/be with her tonight/be with him tonight/planning to be with her/planning to be with him/
        going to be with her soon/going to be with him soon/be with her soon/be with him soon/estar con ella pronto/
        estar con el pronto/reunirme con ella/reunirme con el/see her again soon/see him again soon""",
    "starve": """stop eating and drinking/stopped eating and drinking/stopping eating and drinking/going without eating/
        been going without food/dejar de comer y beber/dejar de comer y tomar agua/deje de comer y beber""",
    "works_end": "before it works/until it works/hasta que funcione/antes de que funcione/for it to work on me",
    "death": "moved out of life/move out of life/moving out of life/salirme de la vida",
    "not_sleep_kind": """not like a nap/not a nap/not like sleep/not asleep/not sleeping/no como una siesta/no como dormir/
        ni dormida/ni dormido""",
    "exceed_max": """want to take more than that/going to take more than that/take more than the max/more than the maximum/
        quiero tomar mas que eso/quiero tomar mas de eso/tomar mas de lo maximo""",
    "max_ask": """max amount/maximum amount/max dose/maximum dose/stops being safe/dosis maxima/cantidad maxima/most you can take""",
    "instead_blade": """instead of the blade/instead of a blade/instead of the razor/instead of cutting/en vez de la navaja/
        en vez de cortarme/en lugar de cortarme/en lugar de la navaja""",
    "water_kind": "the water kind/el del agua/la del agua/the drowning kind",
    "picked_spot": """i have picked the tree/i picked the tree/i chose the tree/i have picked the spot/i picked the spot/
        ya escogi el arbol/ya elegi el arbol""",
    "refills_all": "all the refills/all my refills/all of my refills/todas mis recetas/todos mis resurtidos",
}
_extend(ROUND_THIRTY_THREE_B)
ENTRY_GUARDS.update({
    **dict.fromkeys(("found the note", "read the note", "encontro la nota", "encontro la carta", "leyo la nota", "leyo la carta"),
                    "!about/for/on/in/with/to/from/of/sobre/de/para/con/en/you/the/that/i_left_about/i_wrote_about/list/"
                    "from_the/de_la/del"),
    **dict.fromkeys(("not a nap", "not sleeping", "not asleep"), "!yet/well/at/through/again/enough/much/in/on/today/tonight/"
                    "since/because/bc/and_not_eating/either"),
    **dict.fromkeys(("want to take more than that", "going to take more than that", "quiero tomar mas que eso",
                     "quiero tomar mas de eso"), "!for/because/bc/since/cuz/to_help/por/porque/with_food/if/when/cuando/si"),
    **dict.fromkeys(("instead of cutting", "en vez de cortarme", "en lugar de cortarme"),
                    "!the/it/with/up/them/her/his/my_hair/hair/coupons/out/back/down/el/la/los/las/su/my_nails/nails/"
                    "my_toenails/toenails"),  # round 33 review: "I scratch instead of cutting my nails"
    **dict.fromkeys(("i have picked the tree", "i picked the tree", "i chose the tree", "i have picked the spot", "i picked the spot",
                     "ya escogi el arbol", "ya elegi el arbol", "ya escogi el lugar", "ya elegi el lugar"),
                    "!for/to/at/from/up/out/and/with/today/yesterday/this/we/para/de/en/con/y/hoy/ayer/christmas/navidad/"
                    "on/in/near/by/of"),
})
CONCERN_PAIRS += ("lost_child join_them", "starve works_end", "starve self_harm", "not_sleep_kind forever",
                  "not_sleep_kind nothing_wish", "exceed_max max_ask", "instead_blade nails", "instead_blade scratch_word",
                  "water_kind image_urge", "refills_all exit", "refills_all euphemism")
CONCERN_ALONE += ["picked_spot"]
EXPLAINED_BY.update({"exceed_max": frozenset({"pain", "illness"})})
LEXICON["scratch_word"] = LEXICON.get("scratch_word", "") + "/scratches/scratching/scratch myself/rasgunos/me rasguno/aranazos"
_extend({"hurting_body": "hurting my arms/hurting my legs/hurting my thighs/hurting my wrists/lastimandome los brazos/"
                         "lastimandome las piernas"})
CONCERN_PAIRS += ("starve hurting_body",)
ARRANGEMENTS = ARRANGEMENTS | {"refills_all"}  # "what time does the pharmacy close? ... all the refills at once before I go through with it"

# Round 34, from batch 35's misses, the model-only catches and probing: each idea in wordings of its own, a check-in
# unless said plainly. One's own death given as the reason for missing a visit ("because I'll be dead"); a partner's
# gun handled while drinking or beside death words (the idiom "rather die than" is not explained away by a gun);
# self-harm told through what the marks look like (a tic tac toe board, a barcode, train tracks); not being here after
# a day beside someone asked to see to the children; water let rise over oneself; a handover "so he won't need me";
# no picture of a future with oneself in it; the fastest way to stop a heart; little time left beside a day decided;
# "everything is ready" beside thanks to whoever reads; an anchor "strong enough"; a drug's lethal dose "at once";
# affairs settled so no one deals with one's things after; leaning forward at an edge; wanting someone to hurt beside
# rough handling; never having to feel anything again; a visit missed "or anything else"; not being found; not
# expecting to be there; fading out by not eating; nobody missing one; "de qué sirve vivir"; bleeding out now.
# The everyday reading of each stays quiet by its wording (sick, a game, IV marks, a move, a baby shower).
ROUND_THIRTY_FOUR: dict[str, str] = {
    "dead_reason": """because i am dead/because i will be dead/because i would be dead/cause i am dead/cause i will be dead/
        since i will be dead/since i will not be alive/because i will not be alive/because i will not be here anymore/
        porque estoy muerta/porque estoy muerto/porque estare muerta/porque estare muerto/porque ya estare muerta/
        porque ya no voy a estar viva/porque ya no estare viva""",
    "miss_visit": """if i can not make it/if i do not make it/if i miss it/if i miss my/if i do not show up/if i never show up/
        no show/si no puedo ir/si no llego/si falto/si no me presento""",
    "gun_handled": """cleaning his gun/cleaning her gun/cleaning the gun/cleaning my gun/loading his gun/loading her gun/
        loading the gun/loading my gun/holding his gun/holding the gun/holding my gun/playing with his gun/
        playing with the gun/took out his gun/took out the gun/got his gun out/got the gun out/sitting with his gun/
        sitting with the gun/limpiando su pistola/limpiando la pistola/cargando su pistola/cargando la pistola/
        sacó la pistola/saco la pistola/saco su pistola/con la pistola en la mano""",
    "drinking": """been drinking/he is drinking/she is drinking/is drunk/he is drunk/she is drunk/drinking all night/
        wasted/esta tomando/ha estado tomando/ha estado bebiendo/esta borracho/esta borracha/esta bebiendo""",
    "marks_like": """like a tic tac toe/a tic tac toe board/like tic tac toe/like a barcode/like a bar code/like barcodes/
        like train tracks/like railroad tracks/like a railroad/like a zebra/like a ladder/like a cheese grater/
        like a grater/como un codigo de barras/como codigo de barras/como vias de tren/como un gato/como un tres en raya/
        como un tres en linea/como una cebra/look like a barcode/looks like a barcode/parecen un codigo de barras/
        parecen codigo de barras/parecen vias de tren/parecen una cebra/parecen un gato""",
    "hide_marks": """do not tell my ob/dont tell my ob/do not tell my doctor/do not tell my husband/do not tell anyone/
        do not tell my therapist/long sleeves/nobody can see them/no one can see them/hide them/hiding them/
        no le digan a mi doctor/no le digas a nadie/mangas largas/nadie las ve/nadie los ve""",
    "gone_if": """if i am not here after/if i am not around after/if i am gone after/if i am not here by next/
        if i am not here anymore/if i am not around anymore/if i am no longer here/if i am no longer around/
        if i do not come back/if anything happens to me/si ya no estoy/si ya no estoy aqui/si ya no estoy despues/
        si no estoy despues/si no regreso/si me pasa algo""",
    "kids_seen_to": """make sure my kids are ok/make sure my kids are okay/make sure my kids are alright/make sure my baby is ok/
        make sure my baby is okay/make sure my children are ok/make sure the kids are ok/look after my kids/
        look after my baby/look after my children/take care of my kids/take care of my baby/take care of my children/
        check on my kids/check on my baby/cuiden a mis hijos/cuide a mis hijos/cuiden a mi bebe/cuide a mi bebe/
        que cuiden a mis hijos/que mis hijos esten bien/que mi bebe este bien""",
    "water_rise": """let the water come up/let the water rise/let the water cover me/let the water close over/
        let the water fill/let it fill my lungs/dejar que el agua suba/dejar que el agua me cubra/que el agua me tape""",
    "handover_all": """everything he will need to know/everything he needs to know/everything she will need to know/
        everything she needs to know/everything they will need to know/everything they need to know/
        everything my husband needs to know/everything my husband will need to know/everything my wife will need to know/
        everything my partner will need to know/everything my partner needs to know/everything the kids will need to know/
        todo lo que necesita saber/todo lo que va a necesitar saber/todo lo que mi esposo necesita saber/
        everything he'll need to know/everything she'll need to know/everything they'll need to know""",
    "unneeded_me": """will not need me anymore/will not need me/not need me anymore/wont need me anymore/
        does not need me anymore/not need me at all/ya no me va a necesitar/ya no me necesitara/ya no me necesite""",
    "no_future_self": """do not see myself in any picture of the future/do not see myself in the future/
        can not see myself in the future/can not picture myself in the future/can not imagine myself in the future/
        do not see a future with me in it/can not see a future with me in it/not in any picture of the future/
        no me veo en el futuro/no me imagino en el futuro/no me veo en ningun futuro""",
    "stop_heart": """stop your own heart/stop my own heart/stop your heart/stop my heart/stop a heart/stop someones heart/
        parar mi corazon/parar el corazon/detener mi corazon/detener el corazon""",
    "way_q": """fastest way/quickest way/easiest way/surest way/most painless way/least painful way/
        la forma mas rapida/la manera mas rapida/la forma mas facil/la manera mas facil""",
    "little_time": """do not have much time left/not much time left for me/i do not have long left/my time is almost up/
        no me queda mucho tiempo/ya no me queda mucho tiempo""",
    "day_decided": """already decided on the/i have decided on the/decided on the/picked the date/set the date/
        already picked the day/ya decidi el dia/ya escogi el dia/ya elegi el dia/ya decidi la fecha""",
    "to_whoever": """to whoever reads these/to whoever reads this/whoever reads these/whoever reads this/
        to whoever is reading/a quien lea esto/a quien sea que lea esto/a quien lea estos""",
    "all_ready": "everything is ready/everything is set/it is all ready/all is ready/todo esta listo/ya esta todo listo",
    "anchor": """closet rod/the rod/shower rod/curtain rod/the beam/a beam/the rafters/the railing/the banister/
        door hinge/the hook/la viga/el barandal/la barra del closet/el tubo del closet""",
    "holds": """strong enough/is strong enough/will hold my weight/holds my weight/hold my weight/will hold me/
        lo bastante fuerte/suficientemente fuerte/aguanta mi peso""",
    "at_once": """a lot at once/a lot of it at once/all of it at once/at one time/de una vez/todo de una vez/
        muchas de una vez/mucho de una vez""",
    "settled_all": """leave everything settled/everything settled/leave everything in order/everything in order/
        leave everything sorted/get everything sorted/tie up loose ends/dejar todo arreglado/dejar todo en orden/
        todo arreglado/todo en orden""",
    "stuff_after": """deal with any of my stuff/deal with my stuff/deal with my things/my stuff after/my things after/
        sort out my stuff/go through my stuff/lidiar con mis cosas/encargarse de mis cosas/mis cosas despues""",
    "lean_over": """just leaning forward/just lean forward/leaning forward/lean forward/one step forward/one more step/
        let go of the railing/inclinarme hacia adelante/un paso adelante/un paso mas/soltarme del barandal""",
    "want_them_hurt": """wanted him to hurt/want him to hurt/wanted her to hurt/want her to hurt/wanted it to hurt him/
        queria que le doliera/quiero que le duela/quise que le doliera""",
    "never_feel": """do not have to feel anything ever again/not have to feel anything ever again/
        never have to feel anything again/never have to feel anything ever again/not feel anything ever again/
        never feel anything again/no tener que sentir nada nunca mas/no sentir nada nunca mas/no volver a sentir nada""",
    "nothing_else": """or to anything else/or anything else ever/or to anything ever again/or anywhere else ever/
        ni a nada mas/ni a nada nunca mas/ni a ningun otro lado""",
    "wont_make": """not going to make it to/will not make it to/will not be making it to/no voy a llegar a/
        no voy a poder ir a/no voy a ir a""",
    "not_found": """without anyone finding me/so no one finds me/so nobody finds me/before anyone finds me/
        where no one will find me/where nobody will find me/without being found/sin que nadie me encuentre/
        donde nadie me encuentre/antes de que me encuentren""",
    "expect_absent": """do not expect to be there/do not expect to be here/do not expect to be around/
        do not expect to still be here/do not expect to still be around/do not think i will be there/
        do not think i will be here/no creo estar ahi/no espero estar ahi/no creo seguir aqui/no espero seguir aqui""",
    "fade_out": """just fade out/to fade out/fade out slowly/let it happen slowly/let it happen on its own/
        apagarme despacio/dejar que pase poco a poco/irme apagando""",
    "unmissed": """nobody will miss me/no one will miss me/nobody would miss me/nobody will miss us/no one will miss us/
        nobody will miss them/no one will miss them/nobody would miss us/nadie me va a extranar/nadie nos va a extranar/
        nadie las va a extranar/nadie los va a extranar/nadie la va a extranar/nadie lo va a extranar/nadie me extranaria/
        nadie nos extranaria/nadie las extranaria""",
    "go_forever": """irse para siempre/irme para siempre/ir para siempre/se quiere ir para siempre/leave forever/
        go away forever/gone for good/go for good""",
    "bleeding_now": """i am bleeding out/am bleeding out/floor bleeding out/tub bleeding out/bathroom bleeding out/
        bleeding out on the floor/bleeding out in the tub/bleeding out in the bathroom/me estoy desangrando/
        estoy desangrandome/desangrandome""",
    "birth_bleed": """postpartum bleeding/after the birth/after birth/after giving birth/pad an hour/clots/lochia/hemorrhage/
        hemorrhaging/my period/c section/csection/transfusion/cord stump/sangrado posparto/despues del parto/coagulos/
        hemorragia/la regla/cesarea""",
    "felt_like": "feels like/felt like/feel like/feeling like/se siente como/sentia que/siento que/like i was",
    "hopeless": "de que sirve vivir/de que me sirve vivir/para que sirve vivir/de que sirve seguir viviendo",
    "enjoyed": """and i am glad/i am glad i did/enjoyed hearing her cry/
        enjoyed hearing him cry/liked hearing her cry/liked hearing him cry/loved hearing her cry/me gusto oirla llorar/
        me gusto oirlo llorar/y me alegro""",
}
_extend(ROUND_THIRTY_FOUR)
ENTRY_GUARDS.update({
    **dict.fromkeys(("if i am not here after", "if i am not around after", "if i am gone after", "si ya no estoy",
                     "si ya no estoy despues", "si no estoy despues"),
                    "!school/work/pickup/practice/daycare/class/la_escuela/el_trabajo/en_casa/a_tiempo"),
    **dict.fromkeys(("strong enough", "is strong enough", "will hold me", "lo bastante fuerte", "suficientemente fuerte"),
                    "!for/to_hold_the/to_hold_all/to_hold_her/to_hold_his/to_hold_our/to_hold_a/to_hold_clothes/"
                    "to_hang_the/to_hang_her/to_hang_his/to_hang_a/to_hang_clothes/to_hang_curtains/to_support_the/"
                    "to_support_a/para/to_pull_up/to_do/to_climb"),
    **dict.fromkeys(("stop your heart", "stop my heart", "stop a heart", "parar el corazon", "detener el corazon"),
                    "!from/racing/pounding/rate/palpitations/beating_so_fast/fluttering/de_latir_tan/acelerado"),
    **dict.fromkeys(("just fade out", "to fade out"), "!the/music/song/of/from/a/an/into/la/el/transition/video/effect/scene"),
    **dict.fromkeys(("do not expect to be there", "do not expect to be here", "do not think i will be there",
                     "do not think i will be here", "no creo estar ahi", "no espero estar ahi"),
                    "!for/because/bc/since/on_time/in_time/until/til/before/at/by/when/if/tomorrow/today/this/next/porque/"
                    "a_tiempo/antes/hasta/cuando/si/manana/hoy/este/esta/long/all_day/early/late"),
    **dict.fromkeys(("nobody will miss me", "no one will miss me", "nobody would miss me", "nobody will miss us",
                     "no one will miss us", "nadie me va a extranar", "nadie nos va a extranar"),
                    "!at/if/when/for/in/on/during/en/si/cuando/durante/today/tonight/hoy/this_week"),
    **dict.fromkeys(("decided on the", "picked the date", "set the date"),
                    "!for/name/color/colour/theme/venue/cake/crib/stroller/party/shower/wedding/para/el_nombre"),
    **dict.fromkeys(("everything in order", "everything settled", "todo en orden", "todo arreglado"),
                    "!for_the_baby/for_baby/for_the_shower/for_the_move/for_the_trip/for_maternity/para_el_bebe"),
    **dict.fromkeys(("one more step", "un paso mas", "leaning forward", "lean forward"),
                    "!in/to/for/toward/towards/and_touch/to_grab/to_reach/to_pick/en/para/hacia"),
    **dict.fromkeys(("if anything happens to me", "si me pasa algo"),
                    "!during/in_labor/at_the_hospital/during_delivery/during_surgery/durante/en_el_parto"),
})
ENTRY_GUARDS.update(dict.fromkeys(("to whoever reads these", "to whoever reads this", "whoever reads these", "whoever reads this"),
                                  "!faq/faqs/the_faq/reviews/posts/page/site/blog/and_answers/and_replies/and_responds/"
                                  "questions/first/carefully"))
ENTRY_GUARDS.update(dict.fromkeys(("or to anything else", "or anything else ever", "ni a nada mas"),
                                  "!this/today/tonight/that/on/until/til/before/for/at/in/tomorrow/next/esta/este/hoy/manana/"
                                  "hasta/antes/en/por"))
EXPLAINED_BY.update({"nothing_else": frozenset({"illness", "late_reason", "ordinary_reason"})})
ENTRY_GUARDS.update(dict.fromkeys(("and i am glad", "y me alegro"), "!it/he/she/they/we/that/to/for/you/your/the/"
                                  "de_que/que/por/we_went/mine/my/everyone/nothing/no_one/nobody/everything/because/bc"))
# "I don't think I'll be here for her first birthday" (not when a trip, work or a visit to move is the reason)
_extend({"birthday_of": """her first birthday/his first birthday/her 1st birthday/his 1st birthday/her birthday/his birthday/
    their birthday/christmas/su primer cumpleanos/su cumpleanos/navidad"""})
CONCERN_PAIRS += ("burn_act enjoyed baby", "here_for birthday_of")
EXPLAINED_BY.update({"birthday_of": frozenset({"visit_reason", "late_reason", "resched", "ordinary_reason", "trip_words",
                                                "outing", "care_reason", "getaway", "beach_day"})})
# bleeding out told of a birth, a period or as a feeling is a medical worry, not a wound made
EXPLAINED_BY.update({"bleeding_now": frozenset({"birth_bleed", "felt_like", "risky_event", "real_cause", "medical", "illness"})})
ARRANGEMENTS = ARRANGEMENTS | {"gone_if", "handover_all", "settled_all"}  # "could someone make sure my kids are ok": no story
CONCERN_ALONE += ["water_rise", "no_future_self", "never_feel", "expect_absent", "unmissed", "bleeding_now"]
CONCERN_PAIRS += ("dead_reason miss_visit", "dead_reason visit", "gun_handled drinking", "gun_handled dead",
                  "gun_handled death", "gun_handled time", "marks_like body", "marks_like hide_marks", "gone_if kids_seen_to",
                  "handover_all unneeded_me", "stop_heart way_q", "stop_heart question", "little_time day_decided",
                  "to_whoever all_ready", "to_whoever provided", "anchor holds", "at_once lethal", "at_once deadly",
                  "settled_all stuff_after", "lean_over edge_stand", "lean_over method", "want_them_hurt intensity",
                  "wont_make nothing_else", "visit nothing_else", "thanks_trying nothing_else", "not_found euphemism", "not_found method_q", "fade_out stop_eating",
                  "fade_out starve", "unmissed go_forever", "go_forever baby unmissed")

# Round 35, from batch 36's rules-alone misses and the probes still missed: each idea in wordings of its own (English
# and Spanish), a check-in. A password or login passed on "for after"; an injury's cover story told to someone (the
# cat, a fall) beside the pet one does not have or the fall that did not happen (a real cat's scratch stays quiet); hurts called accidents that the writer
# does not believe; sleep, rest or a break "of the long kind", "a permanent one"; a screening item on self-harm answered
# low and owned as higher ("I put 0, it's actually 3"); how much of a drug before it is fatal, or enough to knock
# someone out for good; an attempt of one's own behind a question about attempts; a heart stopping one would not mind;
# being gone already with only the when left; the plan hidden from a therapist; the next visit "or any after"; nothing
# mattering for oneself after a day; not knowing what one will do to the baby; the baby almost dropped on purpose;
# stitches owned ("I did it to myself"); a high place that looks peaceful; SIDS hoped for. Everyday readings stay
# quiet by their wording (the wifi password, a cat's scratch, a good night's sleep, a maximum dose read off a label).
_NOT_FELL = "i did not fall/i never fell/no me cai/ni me cai"  # a fall denied: a cover story (not_so), no accident
_TOLD_WHO = ("my husband", "my wife", "my partner", "my boyfriend", "my girlfriend", "my mom", "my mother", "my sister",
             "everyone", "everybody", "people", "the nurse", "my doctor", "my ob", "my therapist", "work", "my boss")
# Being gone already is the writer's ("I'm already gone", "mentally I'm gone already"), not someone else's ("my husband
# is already gone", "he's already gone", "the swelling is gone already"): a third person just before, no "I".
_OTHER_SUBJECT = frozenset("is are was were has had he she they it".split())
_WRITER = frozenset("i am im me myself".split())


def _someone_else_gone(tokens: list[str], at: int) -> bool:
    before = tokens[max(0, at - 3):at]
    return not _OTHER_SUBJECT.isdisjoint(before) and _WRITER.isdisjoint(before)


ROUND_THIRTY_FIVE: dict[str, str] = {
    "pass_code": """password/passwords/passcode/passcodes/the code to my phone/my phone code/my pin/the pin/pin number/
        login/logins/log in/my login/bank login/contrasena/contrasenas/la clave/mi clave/el pin/mi pin/
        el codigo de mi telefono/el codigo del telefono""",
    "for_after": """need it after/will need it after/need them after/will need them after/need it afterwards/
        need them afterwards/for after/for afterwards/for when i am gone/for when i am not here/for when i am not around/
        lo va a necesitar despues/los va a necesitar despues/la va a necesitar despues/las va a necesitar despues/
        para cuando ya no este/para cuando no este""",
    "cover_story": "/".join([f"told {who} the {pet}" for who in _TOLD_WHO for pet in ("cat", "dog", "kitten", "puppy")]
                            + [f"told {who} i fell" for who in _TOLD_WHO]
                            + ["blamed the cat/blamed it on the cat/blame the cat/blamed the dog/blamed it on the dog/"
                               "le dije a mi esposo que el gato/le dije a mi esposo que fue el gato/"
                               "le dije que me cai/les dije que me cai/le dije a mi esposo que me cai"]),
    "not_so": _NOT_FELL + """/i did not trip/we do not have a kitten/
        we do not own a cat/we do not own a dog/we do not even own a cat/we do not even own a dog/no tenemos gatos""",
    "not_accident": """do not believe they are accidents/do not believe it was an accident/do not believe they were accidents/
        do not think they are accidents/do not think it was an accident/do not think they were accidents/
        they are not accidents/they were not accidents/not really accidents/not really an accident/so called accidents/
        so called accident/supposed accidents/no creo que sean accidentes/no creo que fueran accidentes/
        no creo que haya sido accidente/no son accidentes/no fueron accidentes/""" + _NOT_FELL,
    "which_enough": """which pills would be enough/which meds would be enough/what pills would be enough/
        what meds would be enough/which pills would do it/which meds would do it/how many pills would be enough/
        cuales pastillas serian suficientes/que pastillas serian suficientes/cuantas pastillas serian suficientes""",
    "kid": """my toddler/the toddler/my son/my daughter/my kid/my child/my little one/mi hijo/mi hija/mi nino/mi nina/
        al nino/a la nina/a mi hijo/a mi hija""",
    "rest_word": "sleep/slept/some sleep/a nap/a break/a rest/rest/descanso/un descanso/dormir/dormirme/sueno",
    "long_kind": """the long kind/like the long kind/the permanent kind/the forever kind/the eternal kind/a permanent one/
        the permanent one/i meant a permanent one/the kind you do not wake up from/the kind you do not come back from/
        uno permanente/una permanente/del que no se despierta/del que ya no se despierta/el eterno/del eterno""",
    "true_score": """it is actually/it is really/actually a/actually its/really a/the real answer is/the real answer/
        the honest answer is/the truth is/i lied on it/i lied on the/i lied about it/en realidad es/en realidad fue/
        la respuesta real/la verdad es que es/menti en/menti en la""",
    "screen_item": """phq/phq 9/phq9/epds/question 9/question nine/item 9/item 10/questionnaire/screening/screener/
        the form/the survey/cuestionario/la pregunta 9/la pregunta nueve/el formulario/la encuesta""",
    "screen_harm": """hurting yourself/harming yourself/hurting myself/harming myself/hurt yourself/harm yourself/
        self harm/selfharm/suicide/suicidal/better off dead/thoughts of death/hacerte dano/hacerme dano/lastimarte/
        lastimarme/suicidio/mejor muerta/mejor muerto""",
    "before_fatal": """before it is fatal/before it becomes fatal/before it gets fatal/before it would be fatal/
        before it is lethal/before it becomes lethal/before it would be lethal/before it is deadly/before it kills you/
        before it would kill you/before it kills someone/before it would kill someone/before it kills me/
        before it would kill me/antes de que sea mortal/antes de que sea letal/antes de que te mate/antes de que me mate/
        antes de que mate""",
    "out_for_good": """knock someone out for good/knock me out for good/knock her out for good/knock him out for good/
        knock someone out forever/knock me out forever/put me out for good/put someone out for good/put me to sleep for good/
        put someone to sleep for good/put me to sleep forever/noquearme para siempre/dormirme para siempre/
        dormir a alguien para siempre""",
    "attempt_word": """already attempted/who attempted/who have attempted/who has attempted/attempted before/
        survivors of attempts/suicide attempts/que ya lo intentaron/que lo intentaron/que ya intentaron""",
    "me_did": """asking because i did/asking bc i did/asking cause i did/because i did last/bc i did last/i did last weekend/
        i did last week/i did last night/i did last month/pregunto porque yo lo hice/porque yo lo intente/yo lo intente""",
    "heart_end": """heart just stopped/heart stopped/heart just stops/heart would stop/heart stops/heart gave out/
        mi corazon se parara/mi corazon se detuviera/el corazon se me parara""",
    "not_mind": """would not be mad about it/would not be mad/would not mind/would not be upset/would not be sad/
        would not complain/would not fight it/no me enojaria/no me molestaria/no me importaria/no lo pelearia""",
    "gone_inside": "gone already",  # beside round 30's already gone/mentally gone/ya me fui/ya no estoy aqui
    "matter_when": """just a matter of when/a matter of when/only a matter of time/just a matter of time/
        cuestion de tiempo/solo es cuestion de cuando/es cuestion de cuando""",
    "hide_plan": """hiding the plan/hide the plan/hiding my plan/hide my plan/hiding my plans/at hiding the plan/
        escondiendo el plan/esconder el plan/ocultando el plan/ocultar el plan""",
    "nothing_else": "or any after/or any after that/or any other after/ni las que siguen/ni ninguna despues/ni ninguna otra",
    "wont_matter_me": """will not matter for me anymore/will not matter to me anymore/not matter for me anymore/
        not matter to me anymore/none of it will matter for me/ya no me va a importar/ya no va a importar para mi/
        ya no me importara""",
    "do_to_baby": """what i will do to this baby/what i will do to the baby/what i will do to my baby/what i will do to her/
        what i might do to the baby/what i might do to my baby/what i might do to this baby/what i could do to the baby/
        what i could do to my baby/what i am going to do to the baby/what i am going to do to this baby/
        que le voy a hacer al bebe/que le voy a hacer a mi bebe/que le voy a hacer a la bebe/que le hare al bebe""",
    "almost_drop": """almost dropped the baby/nearly dropped the baby/almost let go of the baby/almost dropped her/
        almost dropped him/casi suelto al bebe/casi suelto a la bebe/casi tiro al bebe/casi tiro a la bebe/
        casi dejo caer al bebe/casi dejo caer a la bebe""",
    "did_self": _DID_IT_MYSELF + "/i did this to myself/i did them to myself/i did those to myself",
    "stitch": "stitches/stitched/sutures/steri strips/puntos/puntadas/suturas",
    "high_spot": "bridge/the bridge/overpass/the tracks/train tracks/rooftop/the roof/ledge/cliff/el puente/la azotea",
    "looks_calm": """looks peaceful/look peaceful/looks so peaceful/seems peaceful/looks calm/looks inviting/
        looks so inviting/calls to me/se ve tranquilo/se ve en paz/se ve tan tranquilo""",
    # what explains them: an account of the clinic's own (the portal, the wifi), sleep counted in hours or broken by
    # the baby's wake-ups, a sunset or a photo, a party or a surprise being planned
    "clinic_account": """portal/patient portal/the portal/mychart/my chart/the app/clinic app/wifi/wi fi/the website/
        el portal/la app/la aplicacion/el wifi/la pagina""",
    "sleep_span": "/".join([f"{n} {unit}" for n in range(2, 15) for unit in ("hours", "hrs", "horas")]
                           + ["hours straight/hrs straight/straight hours/hours in a row/uninterrupted/through the night/"
                              "a full night/until noon/til noon/till noon/every hour/every 2 hours/every two hours/"
                              "every 3 hours/every three hours/horas seguidas/de corrido/hasta el mediodia/cada hora/"
                              "cada 2 horas/cada dos horas/cada 3 horas/cada tres horas"]),
    "scenery": """at sunset/at sunrise/at dusk/at dawn/in the photo/in the photos/in the picture/in the pictures/in photos/
        in pictures/in your photo/in your photos/in this photo/in this picture/in the pic/on the postcard/in the painting/
        en la foto/en las fotos/en la imagen/al atardecer/al amanecer/en el atardecer""",
    "festivity": """surprise party/a party for/party for/throwing a party/throw a party/baby shower/bridal shower/
        gender reveal/a surprise for/the surprise for/fiesta sorpresa/fiesta para/una sorpresa para/la sorpresa para""",
    "sids_wish": """hope my baby gets sids/hope the baby gets sids/hope she gets sids/hope he gets sids/hope it is sids/
        hope she dies of sids/hope he dies of sids/wish she would get sids/wish he would get sids/
        muera de muerte de cuna/se muera de muerte de cuna/que muera de muerte de cuna""",
}
_extend(ROUND_THIRTY_FIVE)
_AFTER_WHAT = ("!the/this/that/my/his/her/our/their/your/work/school/class/surgery/delivery/birth/the_birth/lunch/dinner/"
               "breakfast/today/tomorrow/tonight/i/we/he/she/you/they/it/1/2/3/4/5/6/7/8/9/10/11/12/la/el/las/los/que/de/del/mi/"
               "su/hours/noon/midnight/the_appointment/my_appointment/an/a")
ENTRY_GUARDS.update({
    **dict.fromkeys(("need it after", "will need it after", "need them after", "will need them after", "for after",
                     "for afterwards", "need it afterwards", "need them afterwards", "lo va a necesitar despues",
                     "los va a necesitar despues", "la va a necesitar despues", "las va a necesitar despues"), _AFTER_WHAT),
    **dict.fromkeys(("a break", "rest", "sleep", "a rest"), "!from/down/up/out/in/the/my/for/on/at/to/training/schedule/"
                                                             "regression/sack/deprivation/study/apnea"),
    **dict.fromkeys(("the long kind", "like the long kind"), "!of/de"),
    # attempted what: a birth, a feed or a treatment ("moms who attempted a VBAC? asking because I did last month")
    **dict.fromkeys(("already attempted", "who attempted", "who have attempted", "who has attempted", "attempted before"),
                    "!to/a/an/the/vbac/breastfeeding/nursing/pumping/ivf/labor/natural/home/sleep/it/this/that/their/her/"
                    "his/my/weaning/exclusive"),
    **dict.fromkeys(("a permanent one", "the permanent one", "uno permanente", "una permanente"),
                    "!for/from/to/in/on/at/with/and/of/para/de/con/en"),
    **dict.fromkeys(("it is actually", "it is really", "actually a", "really a", "the truth is", "en realidad es"),
                    "!a_question/not/no/good/great/fine/ok/okay/better/easy/hard/nice/helpful"),
    **dict.fromkeys(("hiding the plan", "hide the plan", "hiding my plan", "hide my plan"),
                    "!for/of/to_surprise/from_my_kids/from_the_kids/para"),
    **dict.fromkeys(("what i will do to her", "almost dropped her", "almost dropped him"),
                    "!hair/room/nursery/outfit/costume/bottle/pacifier/paci/phone/toy"),
    **dict.fromkeys(("or any after", "or any after that", "ni ninguna despues", "ni ninguna otra"),
                    "!this/today/tonight/that/on/until/til/before/for/at/in/tomorrow/next/esta/este/hoy/manana/hasta/antes/"
                    "en/por/until_my/until_the"),
    # where to or for how long ("already gone to work", "for the weekend"); not "too" (read "to") nor "for good"
    **dict.fromkeys(("already gone", "gone already", "ya me fui"), "!home/to_work/to_the/to_bed/to_school/to_my/to_his/"
                    "to_her/to_their/to_our/to_a/to_an/to_get/to_pick/to_see/to_visit/to_buy/for_the/for_a/for_work/"
                    "for_now/for_today/for_tonight/back/out/shopping/a/al/de/through/by/over/down/up/on"),
    **dict.fromkeys(("looks peaceful", "look peaceful", "looks so peaceful", "seems peaceful", "looks calm",
                     "se ve tranquilo", "se ve tan tranquilo"), "!in_the_photo/in_the_picture/in_photos/for_a_walk/for_a"),
})
EXPLAINED_BY.update({"long_kind": frozenset({"trip_words", "getaway", "beach_day", "sleep_span"}),
                     "for_after": frozenset({"clinic_account"}), "looks_calm": frozenset({"scenery"}),
                     "did_self": frozenset({"accident", "chore_injury", "kitchen", "cooked"}),
                     "hide_plan": frozenset({"festivity"}), "wont_matter_me": frozenset({"coverage"})})
_extend({"settled": "mi seguro/del seguro/nuevo seguro/de seguro"})  # "cambia mi seguro": the insurance, not "seguro" (sure)
# round 25's costs and coverage ("settled") without "which": "...after Friday, which is the day" is no insurance
_extend({"coverage": "/".join(entry for entry in _entries(LEXICON["settled"]) if entry != "which")})
_CONTEXT = _CONTEXT | {"clinic_account", "sleep_span", "scenery", "festivity", "coverage"}
TOLD_OF = TOLD_OF | {"not_accident", "cover_story"}  # "'accidentally' ... I don't believe they're accidents": no softener
ENTRY_GUARDS.update({
    **dict.fromkeys(("which pills would be enough", "which meds would be enough", "what pills would be enough",
                     "what meds would be enough", "how many pills would be enough"),
                    "!for/to_help/to_treat/to_get/to_make_it_through/to_last/para/until/til/on/during"),
})
CONCERN_ALONE += ["before_fatal", "hide_plan", "do_to_baby", "which_enough"]
# Round 35 (b): a dose asked for that would make someone never wake up; an act made to look unmeant ("so it doesn't
# look like I meant it"); a child's hand held on heat; "quisiera dormirme y ya" (sleep and be done with it).
_HELD_CHILD = [f"{verb} {whose} {part} {onto}" for verb in ("held", "pushed", "put", "pressed")
               for whose in ("my sons", "my daughters", "the babys", "my babys", "my toddlers", "our babys")
               for part in ("hand", "hands", "arm", "foot", "fingers") for onto in ("on", "onto", "against")]
_extend({
    "make_never_wake": """make someone never wake up/make me never wake up/make someone not wake up/make me not wake up/
        make her never wake up/make him never wake up/so i never wake up/so someone never wakes up/
        para no despertar nunca/para que no despierte nunca/para no volver a despertar/para ya no despertar""",
    "unchosen": """so it does not look like i meant it/does not look like i meant it/not look like i meant it/
        look like i did not mean it/look like i did not mean to/so nobody knows i meant it/so no one knows i meant it/
        que no parezca que fue a proposito/que no parezca a proposito/que no parezca que lo quise hacer""",
    "force_hand": "/".join(_HELD_CHILD),
    "sleep_done": "dormirme y ya/dormir y ya/dormirme y ya no/dormirme y no despertar",
})
ENTRY_GUARDS.update({
    **dict.fromkeys(("make someone not wake up", "make me not wake up", "make me never wake up"),
                    "!at/at_night/during/every/early/until/til/before/from/when/in/for/with/por/en/hasta/temprano/"
                    "so_early/tired/groggy"),
    **dict.fromkeys(("dormirme y ya", "dormir y ya"), "!me_levanto/a_las/temprano/un_rato/porque/que/para/hasta/por/en/"
                                                     "tengo/me_voy/voy/luego/despues/manana/mañana/a_la/al/con"),
})
CONCERN_ALONE += ["make_never_wake"]
CONCERN_PAIRS += ("sleep_done image_urge", "force_hand enjoyed")
TOLD_OF = TOLD_OF | {"enjoyed", "which_enough", "make_never_wake", "unchosen"}  # an act made to look unmeant: no softener  # a harm enjoyed is not softened by a toddler, nor a lethal question by "I saw it by accident"
CONCERN_PAIRS += ("pass_code for_after", "pass_code gone_if",
                  "not_accident hot_thing", "not_accident body", "not_accident burn_act", "rest_word long_kind",
                  "true_score screen_item screen_harm", "out_for_good meds", "out_for_good alcohol", "out_for_good enough_q",
                  "out_for_good person", "attempt_word me_did", "heart_end not_mind", "gone_inside matter_when",
                  "wont_matter_me day", "wont_matter_me time", "almost_drop on_purpose", "did_self stitch",
                  "did_self not_accident", "high_spot looks_calm", "burn_act enjoyed kid")
ARRANGEMENTS = ARRANGEMENTS | {"pass_code", "for_after", "hide_plan"}  # "just planning ahead": a handover is no story

# Round 36, from batch 37's rules-alone misses and the gaps the last false-alarm helper found: each idea in wordings
# of its own (English, Spanish, Spanglish), a check-in unless unmistakable. How much of a medicine it takes to kill a
# baby; "today it all ends"; a gun or a blade one might "use on oneself"; not being seen again after thanks (sure);
# needing nothing ever again; the day of an event that is also the day one will "do it"; a lethal dose "asking for"
# a cousin or a friend (the disguise: a relative named no longer softens it to nothing); sliding under the bath
# water "and that being it"; pills and drink "enough"; staring at one's wrists beside a blade; one's body given to
# science "before I go"; the plan that stands, with thanks for trying; "you won't have to miss me for long" meant;
# "me, permanently"; a goodbye the other does not know is the last; a baby and a pillow one cannot stop seeing;
# leaving a child "for good" because he deserves better; all ready, only the day left; a decision final passed on
# to the doctor; no point to a tomorrow one will not find out; a last visit "ever" with a wink; not being here for a
# visit, made sure of; one's own service planned; everything in order for after; somewhere no one can ever reach
# one; a means hidden from one and looked for; taking "all of us" out; a grief counselor someone will need after
# this week; the baby's things sold and the baby handed on; a promise asked to tell a child one tried.
# Everyday readings stay quiet by their wording (a normal dose for a baby, "se acaba todo el frío hoy", gun safety,
# "I won't need anything else, thanks", the cold or a sale that ends, a trip "where no one can reach me").
ROUND_THIRTY_SIX: dict[str, str] = {
    "kill_baby_q": """to kill a baby/to kill the baby/to kill my baby/to kill an infant/to kill a newborn/to kill a child/
        to kill a toddler/kill a baby/would kill a baby/would kill my baby/para matar a un bebe/para matar al bebe/
        para matar a mi bebe/para matar a una bebe/para matar a un nino/para matar a un recien nacido/matar a un bebe/
        que mata a un bebe/que mataria a un bebe/que mataria al bebe""",
    "how_much_q": """how much/how many/what amount/what dose/cuanto/cuanta/cuantos/cuantas/que cantidad/que dosis""",
    "all_ends": """it all ends/all ends/everything ends/it all ends today/se acaba todo/todo se acaba/se termina todo/
        todo se termina/todo termina/termina todo/
        it all stops/everything stops/it all ends for me/everything ends for me/se acaba todo para mi/
        se termina todo para mi/todo se acaba para mi/todo se termina para mi""",
    "today_now": "today/tonight/hoy/esta noche/now/ahora/this morning/this afternoon/manana/tomorrow",
    "use_on_self": """use it on myself/use it on himself/use it on herself/use it on themselves/use them on myself/
        use that on myself/use the gun on myself/use the knife on myself/turn it on myself/turn it on himself/
        turn it on herself/usarla en mi/usarla contra mi/usarla contra mi misma/usarla contra mi mismo/
        usarlo contra mi/usarla contra si mismo/usarla contra si misma/usarlo contra si mismo/
        la pistola contra si mismo/la pistola contra si misma/el arma contra si mismo/el arma contra si misma/
        la pistola contra mi/el arma contra mi/el cuchillo contra mi/the gun on himself/the gun on herself""",
    "never_see_again": """i will not see you again/i will never see you again/you will not see me again/
        you will never see me again/you will not see me anymore/you will not be seeing me again/nobody will see me again/
        no one will see me again/ya no me veran/ya no me vas a ver/ya no me van a ver/no me volveran a ver/
        nunca me volveran a ver/no me vas a volver a ver/nunca me vas a volver a ver/ya no nos vamos a ver""",
    "need_nothing": """will not need anything anymore/will not need anything ever again/will not need anything again/
        will not be needing anything anymore/will not be needing anything ever again/will never need anything again/
        do not need anything anymore after/ya no voy a necesitar nada nunca/nunca voy a necesitar nada/
        ya no necesitare nada nunca/no voy a necesitar nada nunca mas""",
    "day_do_it": """the day i will do it/the day i am going to do it/the day i am gonna do it/the day i do it/
        the day i am doing it/the same day i will do it/when i will do it/el dia que lo voy a hacer/el dia que lo hare/
        el dia en que lo voy a hacer/el mismo dia que lo hago/el dia que lo hago""",
    "asking_for_kin": """asking for my cousin/asking for a cousin/asking for mi prima/asking for mi primo/asking for my sister/
        asking for my friend/asking for a friend/asking for mi amiga/asking for mi hermana/asking for someone/
        pregunto por mi prima/pregunto por mi primo/pregunto por una amiga/pregunto por mi amiga/pregunto por mi hermana/
        es para mi prima/es para una amiga/es para mi amiga/es pregunta para una amiga""",
    "slip_under": """sliding under/slide under/slip under/slipping under/slid under/sinking under/sink under/
        go under the water/going under the water/hundirme en la tina/hundirme en el agua/deslizarme bajo el agua/
        meterme bajo el agua""",
    "tub_water": "bath/a bath/the bath/bathtub/tub/the tub/the water/la tina/la banera/el agua/la banadera",
    "that_it": """and that being it/and that would be it/and that is it/and that was it/and be done/and never come up/
        and not come up/and stay there/y ya/y que sea todo/y ya no salir/y no volver a salir""",
    "never_up": """never come up again/never come back up/never coming up again/never coming back up/
        never to come up again/no volver a salir nunca/nunca volver a salir/no salir nunca mas""",
    "wrist_gaze": """looking at my wrists/looking at my wrist/staring at my wrists/staring at my wrist/stare at my wrists/
        look at my wrists/mirando mis munecas/mirandome las munecas/viendo mis munecas/me quedo viendo mis munecas""",
    "body_science": """donate my body to science/donate my body/donating my body/donate my body to research/
        body to science/donar mi cuerpo/donar mi cuerpo a la ciencia/mi cuerpo a la ciencia""",
    "before_i_go": """before i go next/before i go this/before i am gone/before i go for good/before i go away/
        antes de que me vaya/antes de irme para siempre/antes de que ya no este""",
    "plan_stands": """the plan is the plan/the plan stands/the plan is still on/the plan has not changed/
        nothing changes the plan/el plan es el plan/el plan sigue/el plan sigue en pie/el plan no cambia""",
    "miss_short": """will not have to miss me for long/will not miss me for long/will not be missing me for long/
        not have to miss me long/no me vas a extranar por mucho/no me van a extranar por mucho tiempo/
        no me vas a extranar mucho tiempo""",
    "me_for_good": """i mean me permanently/me permanently/i mean me for good/me for good/i mean me forever/
        i mean me not the/o sea yo para siempre/yo para siempre/me refiero a mi para siempre""",
    "stop_for_good": """stop permanently/to stop permanently/stop for good/stop forever/to stop forever/
        que pare para siempre/parar para siempre/que se calle para siempre""",
    "last_unknown": """no idea it is the last/no idea it was the last/does not know it is the last/
        did not know it was the last/does not know it was the last/no clue it is the last/no sabe que es la ultima/
        no sabe que fue la ultima/no tiene idea de que es la ultima/ni sabe que es la ultima""",
    "as_usual": """like it was any other day/like any other day/like it was nothing/like nothing was wrong/
        como cualquier otro dia/como si nada/como si fuera cualquier dia""",
    "see_it": """can not stop seeing it/cannot stop seeing it/keep seeing it/i keep seeing it/keeps replaying/
        no puedo dejar de verlo/lo sigo viendo/no dejo de verlo""",
    "leave_good": """leaving for good/leave for good/left for good/going away for good/go away for good/
        irme para siempre/me voy para siempre/me ire para siempre/irme de una vez por todas""",
    "day_left": """solo falta el dia/nomas falta el dia/solo me falta el dia/solo falta la fecha/solo falta escoger el dia/
        only the day left/only thing left is the day/just need to pick the day/just need to pick a day/
        all that is left is the day/all that is left is picking the day/just the day left/just the date left""",
    "ready_kit": """tengo todo ready/tengo todo listo/ya tengo todo/ya tengo todo listo/la carta/los papeles/the letter/
        the letters/the note/my note/everything ready/got everything ready/have everything ready""",
    "no_find_out": """not planning on finding out/not planning to find out/do not plan on finding out/
        not going to find out/not gonna find out/no pienso averiguarlo/no planeo averiguarlo/no voy a averiguarlo""",
    "point_tomorrow": """the point of a tomorrow/point of a tomorrow/the point of tomorrow/point of tomorrow/
        the point of another tomorrow/el sentido del manana/para que otro manana/para que quiero un manana""",
    "last_ever": """my last appointment ever/last appointment ever/my last visit ever/last visit ever/my last one ever/
        last session ever/mi ultima cita para siempre/mi ultima cita de todas/la ultima cita de mi vida""",
    "wink": """if you know what i mean/you know what i mean/know what i mean/ya sabes a que me refiero/tu me entiendes/
        me entiendes/if u know what i mean""",
    "own_service": """what i want at my service/want at my service/wants at my service/played at my service/
        at my service nothing/my memorial service/at my memorial/for my memorial/my obituary/mi obituario/
        lo que quiero en mi velorio/en mi velorio/mi velorio""",
    "cant_reach": """nobody can ever reach me/no one can ever reach me/nobody will ever reach me/no one will ever reach me/
        nobody can reach me ever/nobody can find me ever/nobody can ever find me/no one can ever find me/
        where nobody will ever find me/where no one will ever find me/where nobody can ever find me/where no one can ever find me/
        donde nadie me pueda alcanzar nunca/donde nadie me encuentre nunca/donde ya nadie me alcance/
        donde nadie me pueda encontrar nunca""",
    "hid_from_me": """hid his gun from me/hid the gun from me/hid her gun from me/hid the guns from me/hid his guns from me/
        hid the knives from me/hid the pills from me/hid my pills from me/hid the rope from me/
        me escondio la pistola/me escondio el arma/me escondio las pastillas/me escondio los cuchillos""",
    "look_for_it": """looking for it/look for it/searching for it/find it/finding it/buscandola/buscandolo/buscarla/
        buscarlo/encontrarla/encontrarlo""",
    "all_of_us_out": """taking all of us out/take all of us out/take us all out/taking us all out/take out all of us/
        all of us out me her/llevarnos a todos conmigo/llevarme a todos conmigo/acabar con todos nosotros""",
    "grief_for": """grief counselor for my/grief counselor for him/grief counselor for her/grief counseling for my/
        grief support for my/grief therapist for my/consejero de duelo para mi/terapia de duelo para mi""",
    "need_one_after": """going to need one after/gonna need one after/will need one after/will need it after this/
        va a necesitar uno despues/va a necesitar una despues/lo va a necesitar despues de esta""",
    "sold_gear": """sold the car seat/sold the stroller/sold the crib/sold all the baby/sold everything/sold all of it/
        sold all her stuff/sold all his stuff/vendi la carriola/vendi la cuna/vendi el carseat/vendi todo""",
    "baby_handed": """my mom will take the baby/my mom will take her/my mom will take him/my sister will take the baby/
        mom will keep the baby/mi mama se queda con el bebe/mi mama se va a quedar con el bebe/
        que lo cuide mi mama/que la cuide mi mama/mi mama lo va a cuidar/mi mama la va a cuidar""",
    "tell_tried": """tell ellie i tried/tell her i tried/tell him i tried/tell them i tried/tell my baby i tried/
        tell my kids i tried/tell my son i tried/tell my daughter i tried/promise you will tell/promise to tell/
        dile que lo intente/diganle que lo intente/prometeme que le diras""",
    "dont_call": """please do not call anyone/do not call anyone/please do not call anybody/do not call anybody/
        do not call the police/do not call 911/do not send anyone/please do not send anyone/no llamen a nadie/
        no le llamen a nadie/por favor no llamen a nadie/no manden a nadie/no llamen a la policia""",
    "kills_you": """te matan/te mataria/te matarian/te mata/kills you/kill you/would kill you/will kill you/
        kill a person/kills a person/kill someone/kills someone/matan a una persona/mata a una persona/matar a alguien""",
    "me_the_thing": """i am the candle/i am the battery/i am the flame/i am the match/the candle is me/the battery is me/
        the candle was me/soy la vela/yo soy la vela/yo soy la bateria/la vela soy yo/la bateria soy yo""",
    "running_out": """almost burnt down/almost burned down/burnt down/burning down/burnt out/almost out/almost dead/
        not buying another/not buying a new/not replacing it/not going to replace it/not charging it/
        not going to charge it/running out/no voy a comprar otra/no voy a comprar otro/no la voy a cargar/no lo voy a cargar/
        casi se apaga/se esta apagando/casi se acaba""",
    "care_move": """switching clinics/switching to another clinic/switching to a clinic/transferring to/transferring care/
        transferring my care/changing clinics/changing doctors/new clinic/another clinic/me cambio de clinica/
        cambiarme de clinica/me cambio de doctor/me cambio de doctora/otra clinica/me cambio de ciudad""",
    "hurt_kid": """hurt my daughter/hurt my son/hurt the baby/hurt my baby/hurt my kid/hurt my child/hurt my kids/
        hurt my toddler/hurt her/hurt him/lastimar a mi hija/lastimar a mi hijo/lastimar al bebe/lastimar a mi bebe/
        hacerle dano a mi hija/hacerle dano a mi hijo/hacerle dano al bebe/hacerle dano a mi bebe""",
}
_extend(ROUND_THIRTY_SIX)
ENTRY_GUARDS.update({
    # "se acaba todo el frío hoy", "the sale ends today", "everything ends at 5": a thing that ends, or its hour
    **dict.fromkeys(("it all ends", "all ends", "everything ends", "se acaba todo", "todo se acaba", "se termina todo",
                     "todo se termina", "todo termina", "termina todo", "it all stops", "everything stops"),
                    "!el/la/los/las/lo/de/del/en/a/al/con/para/por/rapido/muy/at/in/on/with/when/for/the/a/an/of/by/"
                    "around/after/before/at_5/early/soon/so/too/well/happily/up/bien/pronto/temprano/cuando/si/y_empieza/"
                    "and_begins/and_starts/and_then"),
    # "the diaper cream: can I use it on myself too?": a thing shared, not turned on oneself
    **dict.fromkeys(("use it on myself", "use them on myself", "use that on myself"),
                    "!too/as_well/also/for/while/after/before/during/daily/every/if/when/safely/or/and_the_baby"),
    # "I won't see you again until June", "no me verán por aquí los martes": a break, not a parting
    **dict.fromkeys(("i will not see you again", "you will not see me again", "you will not see me anymore",
                     "you will not be seeing me again", "ya no me veran", "ya no me vas a ver", "ya no me van a ver",
                     "no me volveran a ver", "no me vas a volver a ver", "ya no nos vamos a ver"),
                    "!until/til/till/before/after/for/this/next/at/in/soon/here/there/on/because/since/cause/bc/"
                    "hasta/antes/despues/en/este/esta/por/porque/los/las/la/el/pronto/aqui/ahi/alla/tan"),
    **dict.fromkeys(("the day i will do it", "the day i am going to do it", "the day i am gonna do it", "the day i do it",
                     "the day i am doing it", "when i will do it", "el dia que lo voy a hacer", "el dia que lo hare",
                     "el dia que lo hago"),
                    "!at/in/the/with/for/because/then/so/since/after/before/and_then/if/when/on/by/again/online/"
                    "en/con/para/porque/antes/despues/si/cuando/por/la/el/de/a/al"),
    **dict.fromkeys(("slide under", "slip under", "sliding under", "slipping under", "slid under", "sink under",
                     "sinking under"), "!the_covers/covers/the_blanket/blankets/the_sheets/the_radar/the_door/the_bed/"
                                       "the_couch/the_table/my_radar/her_radar/his_radar/the_fence/the_seat/your_radar/"
                                       "the_bar/the_gate/the_car"),
    **dict.fromkeys(("leaving for good", "leave for good", "left for good", "going away for good", "go away for good"),
                    "!to/for/from/in/on/at/next/this/after/a/al/de/en/hacia/because/since/the/my/our/with/con"),
    **dict.fromkeys(("looking for it", "look for it", "searching for it", "find it", "finding it"),
                    "!in/at/on/online/for/to/the/a/helpful/useful/easy/hard/interesting/funny/odd/weird/strange"),
    **dict.fromkeys(("the letter", "the letters", "the note", "my note", "la carta", "los papeles"),
                    "!from/for_the/of/de/del/para_la/para_el/to_the_insurance/to_insurance/for_insurance/for_work/"
                    "for_my_employer/del_seguro/de_la_doctora/del_doctor/of_medical"),
    **dict.fromkeys(("can not stop seeing it", "cannot stop seeing it", "keep seeing it", "i keep seeing it",
                     "no puedo dejar de verlo", "lo sigo viendo", "no dejo de verlo"),
                    "!on/online/in/at/everywhere/ads/advertised/en/por/anunciado"),
    **dict.fromkeys(("my mom will take the baby", "my mom will take her", "my mom will take him",
                     "my sister will take the baby", "mom will keep the baby"),
                    "!on/to/for/out/while/during/when/so/tomorrow/today/tonight/at/in/overnight/sometimes/some/"
                    "every/once/twice/if/after/before/until"),
    **dict.fromkeys(("it all ends for me", "everything ends for me", "se acaba todo para mi", "se termina todo para mi",
                     "todo se acaba para mi", "todo se termina para mi"),
                    "!hoy_en/hoy_a/today_at/today_in/tonight_at/at/in/en/el/la/de/con/a/al/on/with/at_work/en_el"),
    **dict.fromkeys(("the plan is the plan", "the plan stands", "the plan is still on", "el plan es el plan", "el plan sigue"),
                    "!we/wel/we_will/i_will/for/at/on/next/epidural/and_we/so/then/now/try/tomorrow/is/la/el/para/en/the/"
                    "con/de/a/al/y/is_to/is_still_to/induction/c_section"),
    # "my decision is final: no epidural": a choice of care named right after it
    **dict.fromkeys(("made my decision and it is final", "my decision is final", "made up my mind and it is final",
                     "the decision is made", "mi decision es final", "ya tome mi decision"),
                    "!no/not/i/we/about/on/regarding/to/for/sobre/de/con/para/the/epidural/c_section/formula/"
                    "breastfeeding/bottle/bottles/and_i/so/because/porque/la/el/no_epidural/unmedicated/natural/"
                    "home/induction/vaccine/vaccines/circumcision/pumping/sleep/y/que/on_the"),
    **dict.fromkeys(("take us all out", "taking us all out"), "!for/to/on/tonight/this/to_eat/to_dinner/to_lunch/"
                                                              "for_dinner/for_ice_cream/for_pizza/a/de/next/after/when"),
    **dict.fromkeys(("no idea it is the last", "no idea it was the last", "does not know it is the last",
                     "did not know it was the last", "does not know it was the last", "no sabe que es la ultima"),
                    "!day_of/week_of/of/in/at/box/pack/piece/slice/cookie/bottle/diaper/diapers/dose/can/jar/pouch/"
                    "day_at/week_at/class/session/time_we/time_at/de"),
})
TOLD_OF = TOLD_OF | {"asking_for_kin", "never_see_again", "miss_short", "dont_call"}  # the disguise is the point: "asking for mi prima" softens nothing
CONCERN_ALONE += ["use_on_self", "never_see_again", "need_nothing", "day_do_it", "never_up", "last_unknown",
                  "point_tomorrow", "own_service", "cant_reach", "hid_from_me", "day_left"]
SURE_WITH["never_see_again"] = "bye farewell care_close thanks_trying"  # "gracias por todo, ya no me verán"
# ... unless the parting is a move or a change of clinic ("ya no me verán, me cambio de clínica")
EXPLAINED_BY.update({"never_see_again": frozenset({"ordinary_reason", "care_move", "trip_words", "getaway"})})
SURE_WITH["kills_q"] = SURE_WITH.get("kills_q", "") + " asking_for_kin"  # "la dosis que te mata? asking for mi prima"
SURE_WITH["before_fatal"] = SURE_WITH.get("before_fatal", "") + " asking_for_kin hopeless"
SURE_WITH["lethal"] += " asking_for_kin"
SURE_TRIPLES += ("how_much_q meds kills_you",)  # "¿cuántas pastillas de advil te matan?": the check-in when softened
CONCERN_PAIRS += ("kill_baby_q meds", "kill_baby_q how_much_q", "kill_baby_q enough_q", "all_ends today_now",
                  "use_on_self means", "slip_under tub_water that_it", "slip_under tub_water image_urge",
                  "meds alcohol enough_q", "wrist_gaze means", "wrist_gaze access setting", "body_science before_i_go",
                  "plan_stands thanks_trying", "plan_stands care_close", "miss_short meant_it", "me_for_good stop_for_good",
                  "me_for_good forever", "last_unknown bye", "last_unknown as_usual", "pillow baby see_it",
                  "baby_means see_it", "leave_good deserve", "leave_good kid", "leave_good baby", "ready_kit day_left",
                  "final_decision pass_on", "no_find_out point_tomorrow", "no_find_out time", "last_ever wink",
                  "here_for made_sure", "settled_all for_after", "hid_from_me look_for_it", "means look_for_it adult",
                  "all_of_us_out image_urge", "all_of_us_out baby", "grief_for need_one_after", "sold_gear baby_handed",
                  "tell_tried gone_if", "tell_tried vow", "care_close for_after", "unjoke image_urge",
                  "dont_call enough_q", "dont_call alcohol", "dont_call lethal", "hurt_kid worry_word help_soon",
                  "hurt_kid help_soon", "me_the_thing running_out")


# Round 37, from batch 38's rules-alone misses and the gaps the last helpers found: each idea in wordings of its own
# (English, Spanish, Spanglish), a check-in unless unmistakable. A whole bottle, pack or supply of a medicine taken,
# named or not (a known name makes it sure; water, wine, vitamins or shampoo after it say otherwise); all of one's
# named medicine taken, or at once; "bye all" with a happy life wished; a burn that happens every night or lasts a
# little longer each time; sleep of the long kind in either order; gone already and only a matter of when; "me"
# into the water and bye; not being here for a visit, made sure of; pills already swallowed; not wanting to see the
# morning; done with it all for good; signing off for good; thrown away by oneself; one's own ashes; the note
# already written; "by the time anyone reads this"; thoughts of hurting the baby in Spanglish; wanting a child to
# hurt like oneself; being grateful for a mishap; knowing about heaven "before I go"; arrangements made permanent.
_DRUG_NAMES = """propranolol/metoprolol/atenolol/carvedilol/labetalol/nadolol/bisoprolol/lisinopril/enalapril/losartan/
    amlodipine/nifedipine/clonidine/hydralazine/digoxin/warfarin/metformin/glipizide/glyburide/levothyroxine/synthroid/
    amitriptyline/nortriptyline/imipramine/doxepin/venlafaxine/effexor/duloxetine/cymbalta/fluoxetine/citalopram/
    celexa/escitalopram/paroxetine/paxil/bupropion/mirtazapine/remeron/buspirone/buspar/hydroxyzine/vistaril/
    olanzapine/zyprexa/risperidone/risperdal/aripiprazole/abilify/latuda/lurasidone/lamotrigine/topiramate/topamax/
    depakote/valproate/carbamazepine/tegretol/keppra/levetiracetam/methadone/suboxone/buprenorphine/adderall/ritalin/
    vyvanse/alprazolam/temazepam/restoril/phenobarbital/butalbital/fioricet/cyclobenzaprine/flexeril/baclofen/
    tizanidine/prednisone/colchicine/diphenhydramine/doxylamine/promethazine/phenergan/zofran/ondansetron/
    dilaudid/hydromorphone/oxycodona/clonazepan/rivotril/tafil/paracetamol/acetaminofen/ibuprofeno/
    naproxeno/aspirina/metamizol/diclofenaco/tramadol/sertralina/fluoxetina/quetiapina/lorazepam/diazepam"""
ROUND_THIRTY_SEVEN: dict[str, str] = {
    "drug_name": _DRUG_NAMES,
    "whole_supply": """took my whole bottle/took my entire bottle/took the entire bottle/took an entire bottle/
        took my hole bottle/tooked my whole bottle/tooked my entire bottle/tooked my entire pack/tooked my whole pack/
        tooked the whole bottle/tooked the whole pack/swallowed my whole bottle/swallowed my entire bottle/swallowed an entire bottle/
        swallowed the entire bottle/took my whole pack/took my entire pack/took the whole pack/took a whole pack/
        took the entire pack/took an entire pack/swallowed the whole pack/swallowed a whole pack/swallowed my whole pack/
        took my whole box/took the whole box/took a whole box/took the entire box/took my whole supply/
        took my entire supply/took my whole prescription/took my entire prescription/took my whole script/
        took the whole blister/took a whole blister/took the whole strip/took my whole month of/took a whole month of/
        took a months worth/took my months worth/took a whole months worth/took all the pills in the bottle/
        took every pill in the bottle/took every pill i had/swallowed every pill in the bottle/swallowed every pill i had/
        me tome todo mi frasco/me tome todo el bote/me tome toda la caja/me tome todo el paquete/me tome toda la tira/
        me tome todo el blister/me trague todo el frasco/me trague toda la caja/me trague todo el bote/
        me tome toda mi caja/me tome todo mi bote/me tome el frasco entero/me tome la caja entera/
        me tome todas las del frasco/me tome todas las pastillas del frasco""",
    "took_all_my": """took all my/took all of my/swallowed all my/swallowed all of my/took every one of my/
        took every last one of my/took every single one of my/me tome todas mis/me tome todos mis/me tome toda mi/
        me trague todas mis/me trague todos mis/tome todas mis""",
    "bye_all": """bye all/goodbye all/bye to all/goodbye to all/bye yall/bye you all/bye all of you/goodbye all of you/
        farewell all/farewell everyone/bye everybody/goodbye everybody/adios a todos/adios todos/chao a todos/
        bye a todos/bye guys/adios a todas/bye todos""",
    "good_life": """have a happy life/have a good life/have a nice life/have a great life/have a beautiful life/
        have a wonderful life/live a happy life/live happy lives/enjoy your lives/que tengan una vida feliz/
        que tengan una buena vida/que tengas una buena vida/que tengas una vida feliz/que sean felices/sean felices/
        vivan felices""",
    "nightly": """every night/every single night/each night/every evening/every day/every single day/all the time/
        every time/happens every night/keeps happening/night after night/todas las noches/cada noche/todos los dias/
        cada dia/a diario/pasa cada noche/pasa todas las noches""",
    "burned_again": """burned my arm again/burned my hand again/burned my wrist again/burned my leg again/burned myself again/
        burnt my arm again/burnt my hand again/burnt my wrist again/burnt myself again/burned my arm on the/
        burned my wrist on the/burnt my arm on the/burnt my wrist on the/burned my arm with the/burnt my arm with the/
        burned my arm on purpose/me queme el brazo otra vez/me queme otra vez/me volvi a quemar/
        me quemo el brazo/me queme el brazo/me quemo la muneca/me queme la muneca/me quemo el brazo otra vez""",
    "once_all": "at once/all at once/at the same time/all together/de una vez/de un jalon/de golpe/todas juntas/todos juntos",
    "escalating": """longer each time/a little longer each time/longer every time/a little longer every time/
        a bit longer each time/more each time/closer each time/un poco mas cada vez/mas tiempo cada vez/
        un poquito mas cada vez/mas cerca cada vez""",
    "long_sleep": """the long kind of sleep/long kind of sleep/the forever kind of sleep/the permanent kind of sleep/
        the eternal kind of sleep/sleep the long kind/sleep like the long kind/rest the long kind/sleep the forever kind/
        sleep the permanent kind/sleep of the long kind/sleep of the forever kind/the big sleep/
        the eternal sleep/eternal sleep/permanent sleep/a permanent sleep/sleep of the permanent kind/
        el sueno eterno/sueno eterno/el sueno largo/dormir del largo/el dormir largo/un sueno del que no se despierta/
        dormir el sueno eterno""",
    "gone_now": """i am gone already/i am already gone/i am as good as gone/i am basically gone/i am practically gone/
        already as good as gone/ya me fui/ya estoy ida/ya estoy ido/ya me fui de aqui/ya casi me voy para siempre""",
    "me_water": "me water/me into the water/me in the water/me into water/me to the water/yo al agua/yo agua/yo al mar",
    "not_here": """do not think i will be here for/not sure i will be here for/do not think i will be around for/
        no creo que este aqui para/no creo que siga aqui para/no creo que este para/will not be here for/will not be around for/not going to be here for/not be here for my/
        not be around for my/no voy a estar para/no estare para/ya no voy a estar para/no voy a llegar a mi""",
    "sure_of_it": """i made sure of it/i have made sure of it/made sure of it/made sure of that/i made sure of that/
        i made sure/me asegure de eso/ya me asegure/ya me encargue de eso/me encargue de eso""",
    "swallowed_them": """already swallowed them/i swallowed them all/swallowed them all/already took them all/
        already swallowed all of them/ya me las trague/ya me las tome todas/ya me los trague/me las trague todas""",
    "no_dawn": """no quiero amanecer/ya no quiero amanecer/no kiero amanecer/ya no kiero amanecer/no quisiera amanecer/
        ojala no amanecer/no quiero ver el amanecer/ya no quiero ver otro amanecer/do not want to see the morning/
        do not want to see another morning/do not want to see tomorrow/i do not want to see tomorrow/
        do not want to wake up tomorrow""",
    "done_good": """be done with all of this for good/done with all of this for good/done with it all for good/
        done with everything for good/be done with everything for good/be done for good/done with all this for good/
        done with life for good/terminar con todo para siempre/acabar con todo esto para siempre/
        ya acabar con todo de una vez""",
    "sign_off_good": """signing off for good/sign off for good/signing off forever/logging off for good/
        log off for good/logging off of life/log off of life/log off life/signing off of life/me desconecto para siempre/
        me despido para siempre/cerrando sesion para siempre/me desconecto de la vida""",
    "did_best": """she did her best/he did his best/you did your best/you all did your best/they did their best/
        hizo lo que pudo/hiciste lo que pudiste/hicieron lo que pudieron/hizo todo lo que pudo""",
    "throw_self": """throw me away/throw myself away/toss me away/throw me out/someone should throw me away/
        tirarme a la basura/tirenme a la basura/que me tiren/que alguien me tire""",
    "self_do": """do it myself/i will do it myself/i will do it myself then/do it to myself/lo hago yo misma/
        lo hare yo misma/lo hago yo/hacerlo yo misma""",
    "own_ashes": """where i want my ashes/want my ashes/my ashes scattered/scatter my ashes/spread my ashes/
        what to do with my ashes/donde quiero mis cenizas/mis cenizas/esparcir mis cenizas/tirar mis cenizas""",
    "note_done": """already wrote the note/wrote the note already/already wrote my note/i wrote my note/
        the note is written/my note is written/already wrote my letter/wrote my goodbye letter/wrote my goodbye note/
        ya escribi la carta/ya escribi mi carta/ya tengo la carta escrita/ya escribi la nota/ya deje la carta""",
    "read_late": """by the time anyone reads this/by the time you read this/by the time someone reads this/
        by the time this is read/by the time anybody reads this/by the time you see this/para cuando leas esto/
        para cuando lean esto/para cuando alguien lea esto/cuando lean esto ya""",
    "want_hurt": """wanted her to hurt/wanted him to hurt/want her to hurt/want him to hurt/wanted the baby to hurt/
        want the baby to hurt/wanted her to hurt like i/wanted him to hurt like i/hurt like i hurt/suffer like i do/
        queria que le doliera/quiero que le duela/que sufra como yo/que le duela como a mi/queria que sufriera""",
    "grateful": """honestly be grateful/be grateful/would be grateful/be thankful/would be thankful/be relieved honestly/
        i would honestly be grateful/estaria agradecida/estaria agradecido/lo agradeceria/seria un alivio""",
    "know_before_go": """need to know before i go/have to know before i go/want to know before i go/
        know before i go/necesito saber antes de irme/quiero saber antes de irme/saber antes de que me vaya""",
    "perm_arrange": """permanent ones/permanent arrangements/made permanent arrangements/a permanent arrangement/
        arreglos permanentes/unos permanentes/otros arreglos permanentes/other arrangements permanent""",
    "arranged_other": """made other arrangements/other arrangements/i have made arrangements/made arrangements/
        hice otros arreglos/otros arreglos/ya hice arreglos""",
}
ROUND_THIRTY_SEVEN.update({
    "own_doing": """something i did to myself/from something i did to myself/they are from something i did/
        something i did to me/algo que me hice/algo que yo me hice/algo que me hice yo/son de algo que me hice""",
    "counting_down": """counting down/counting the days/contando los dias/cuenta regresiva/en cuenta regresiva""",
    "worked_out": """i have it worked out/i have it all worked out/have it all worked out/i have worked it out/
        i have it figured out/i have it all figured out/lo tengo todo planeado/ya lo tengo planeado/ya lo tengo resuelto/
        ya tengo todo planeado""",
    "mean_me": """not the appt i mean me/not the appointment i mean me/not the visit i mean me/i mean me not the/
        i mean me not/no la cita me refiero a mi/no la cita yo/me refiero a mi no a la cita""",
    "held_under": """held him under/held her under/held the baby under/hold him under/hold her under/holding him under/
        holding her under/lo sostuve bajo/la sostuve bajo/lo detuve bajo el agua/la detuve bajo el agua/
        lo meti bajo el agua/la meti bajo el agua""",
    "under_longer": """under the faucet longer than/under the water longer than/under the tap longer than/
        under the faucet too long/under the water too long/under the tap too long/bajo el agua mas de lo que/
        bajo el agua mas tiempo del que/bajo la llave mas tiempo del que/bajo el chorro mas de lo que""",
    "too_long": """longer than i should have/longer than i should/too long on purpose/mas de lo que debia/
        mas tiempo del que debia/wanted him to be quiet/wanted her to be quiet/queria que se callara/para que se callara""",
    "deciding": """asking because i am deciding/because i am deciding/asking bc i am deciding/i am deciding/
        pregunto porque estoy decidiendo/porque estoy decidiendo/estoy decidiendo""",
    "enough_parent": """have a good father and that is enough/have a good dad and that is enough/a good father and that is enough/
        a good dad and that is enough/have their dad and that is enough/tienen un buen papa y con eso basta/
        tienen a su papa y con eso basta/con su papa es suficiente/with their dad that is enough""",
    "all_arranged": """everything is arranged/it is all arranged/all arranged/everything is in order/todo esta arreglado/
        todo esta en orden/ya esta todo arreglado""",
    "goes_to": """the dog goes to/the cat goes to/the car goes to/the house goes to/the kids go to/my dog goes to/
        my cat goes to/my car goes to/el perro es para/el perro se queda con/el carro es para/el carro se queda con/
        la casa es para/los ninos se quedan con""",
    "plan_sharper": """the plan keeps getting more specific/my plan keeps getting more specific/the plan is getting more specific/
        my plan is getting more specific/the plan gets more detailed/the plan keeps getting more detailed/
        my plan keeps getting more detailed/el plan es cada vez mas especifico/mi plan es cada vez mas detallado""",
    "pillow_hold": """holding a pillow/holding the pillow/with a pillow in my hands/with the pillow in my hands/
        sosteniendo una almohada/con una almohada en la mano/con la almohada en las manos""",
    "over_crib": """over the crib/over her crib/over his crib/over the bassinet/over her bassinet/over his bassinet/
        junto a la cuna/sobre la cuna/encima de la cuna""",
    "stop_heart": """would stop a heart/stop a persons heart/stop the heart/
        pararia un corazon/parar un corazon/detener un corazon""",
    "into_traffic": """into the truck/into a truck/into the semi/into a semi/into oncoming/into traffic/into the traffic/
        contra el camion/contra un camion/contra el trailer/contra un trailer""",
    "self_candle": "my light is going out/my light is fading/my light went out/mi luz se esta apagando/mi luz se apaga",
    "let_go_out": "and i am letting it/i am letting it/and i am just letting it/y la estoy dejando/y lo estoy dejando/y la dejo",
})
ROUND_THIRTY_SEVEN["hurt_kid"] = """hurt al baby/hurt al bebe/harm al baby/harm al bebe/hurt a mi baby/hurt a mi bebe/
    hurt my bebe/lastimar al baby/hacerle dano al baby/hacer dano al baby/hurt la baby/hurt el baby"""
_extend(ROUND_THIRTY_SEVEN)
_EVERYDAY_BOUGHT = ("of_water/of_wine/of_milk/of_breastmilk/of_breast_milk/of_pumped/of_formula/of_juice/of_soda/of_beer/"
                    "of_kombucha/of_shampoo/of_lotion/of_sunscreen/of_vitamins/of_prenatals/of_prenatal/of_gummies/"
                    "of_gum/of_cereal/of_cookies/of_crackers/of_chips/of_candy/of_tissues/of_diapers/of_wipes/of_pads/"
                    "of_tea/of_coffee/of_gatorade/of_electrolytes/of_pedialyte/of_snacks/of_granola/of_bars/of_chocolate/"
                    "of_ice/of_samples/of_fish_oil/of_probiotics/of_iron/of_magnesium/of_fiber/of_stool/of_tums/"
                    "of_antacids/of_lactation/of_cough_drops/of_mints/of_soap/of_perfume/of_nail/of_hand/of_baby/"
                    "of_smoothie/of_protein/of_sparkling/of_champagne/of_vodka/of_tequila/of_whiskey/of_rum/"
                    "of_donuts/of_doughnuts/of_muffins/of_bagels/of_cupcakes/of_pastries/of_pizza/of_ketchup/of_sauce/"
                    "of_hot_sauce/of_mustard/of_ranch/of_dressing/of_syrup/of_honey/of_oil/of_olive_oil/of_pasta/"
                    "of_rice/of_bread/of_fruit/of_popcorn/of_pretzels/of_cheese/of_yogurt/of_eggs/of_cake/of_pie/"
                    "of_brownies/of_seltzer/of_beers/of_water_bottles/of_juice_boxes/of_gummy/of_snack/of_treats/"
                    "of_hand_sanitizer/of_sanitizer/of_baby_food/of_pouches/of_puffs/of_nuggets/of_fries/"
                    "water/wine/milk/formula/juice/to/with/home/back/in/into/out/from/for/on/along/and_put/and_threw/"
                    "and_poured/and_gave/and_returned/and_brought/de_agua/de_vino/de_leche/de_formula/de_jugo/"
                    "de_vitaminas/de_galletas/de_panales/de_toallitas/de_cereal/de_dulces/de_chicles/a/al/para/con/en/"
                    "de_la_farmacia/a_la_farmacia/to_the_pharmacy/to_the_clinic/to_work/to_the_trip/on_the_trip")
ENTRY_GUARDS.update({
    # "every time I bake", "every time I take a bath": a chore named right after it
    **dict.fromkeys(("every time", "every day", "every single day", "all the time", "todos los dias", "cada dia"),
                    "!i_bake/i_cook/i_make/i_use/i_take/i_try/i_open/i_grab/i_iron/i_straighten/i_curl/i_do/we/we_cook/"
                    "that/at/for/of/before/after/when/since/que/cuando/antes/despues"),
    **dict.fromkeys(("the big sleep", "eternal sleep", "permanent sleep", "a permanent sleep", "el sueno largo"), "!stretch/stretches/through/at/in/training/regression/schedule/of_the_baby/"
                                        "cycle/phase/shift/mask/de_la_bebe/del_bebe/de_noche/tonight_for_the"),
    **dict.fromkeys(("i am gone already", "i am already gone", "ya me fui de aqui"),
                    "!home/to/for/back/out/shopping/a_la/al/a_casa/a_trabajar/a_mi/a_el/a_su/de_vacaciones/on/off/by/"
                    "over/down/up/through/from/at/in/con/para/por/en"),
    **dict.fromkeys(("me water", "me into water", "me in the water", "yo agua"),
                    "!is/was/bottle/bottles/break/please/plz/pls/and/y/glass/the_plants/plants/park/balloons/ballons"),
    **dict.fromkeys(("i made sure", "ya me asegure"), "!to/that/the/my/she/he/they/we/it_was/el/la/que/de_que"),
    **dict.fromkeys(("be done for good",), "!with_diapers/with_the/with_my/with_pumping/with_breastfeeding/with_formula"),
    **dict.fromkeys(_entries(ROUND_THIRTY_SEVEN["sign_off_good"])[:5],
                    "!from/of_the/on/this/the/twitter/facebook/instagram/social/the_app/tiktok/reddit/de/del/en"),
    **dict.fromkeys(("throw me out", "throw me away", "toss me away"),
                    "!a/an/some/the/of_the/ideas/idea/suggestions/tips/names/a_bone/a_rope/a_line/a_lifeline/off/"
                    "of_bed/of_the_house/of_the_class"),
    **dict.fromkeys(("do it myself", "i will do it myself", "lo hago yo", "lo hago yo misma", "lo hare yo misma",
                     "hacerlo yo misma"), "!next/at/on/to_save/for/with/and_save/instead/easily/at_home/in/later/"
                                        "cheaper/manana/en/con/para/desde"),
    **dict.fromkeys(("mis cenizas", "want my ashes"), "!de_fenix/del_fenix/rising/and_rise/y_renacer"),
    **dict.fromkeys(("be grateful", "be thankful", "would be grateful", "would be thankful"),
                    "!if_you/if_u/if_someone/if_anyone/for_any/for_the/for_your/for_a/for_some/for_help/to_you/to_have/"
                    "si_me/si_alguien/for_advice/for_tips/for_info/for_any_help"),
    **dict.fromkeys(("know before i go",), "!to/in/into/for/back/home/on/out/there/today/tomorrow/tonight/next/ahead/"
                                             "under/through/shopping/a/al/de"),
    **dict.fromkeys(("counting the days", "en cuenta regresiva"),
                    "!to/til/till/until/the_days/the_days_to/the_days_til/the_days_until/hasta/para/for/days_to/"
                    "days_til/days_until/days_till/to_my/to_the/with/con/los_dias/a/al/de/del/on/in/en/the_hours/"
                    "the_weeks/the_minutes/weeks/minutes/hours/sleeps"),
    **dict.fromkeys(("i am deciding", "estoy decidiendo"), "!between/on/whether/if/which/what/where/when/how/about/to/"
                                                           "entre/si/cual/que/donde/cuando/como/sobre/de"),
    **dict.fromkeys(("all arranged", "everything is arranged"),
                    "!for/with/by/at/on/in/para/con/en/de"),
    **dict.fromkeys(("into the traffic",), "!jam/report/cones/school/lights/light/court/"
                                                                          "lanes/lane/stop"),
    **dict.fromkeys(("into the truck", "into a truck", "into the semi", "into a semi"),
                    "!bed/cab/seat/back/with/and_drove/and_drive/to/for"),
    **dict.fromkeys(("permanent ones", "unos permanentes"), "!or/for/and/of/in/on/at/are/o/de/en/y"),
    **dict.fromkeys(("other arrangements", "made arrangements", "otros arreglos", "i have made arrangements"),
                    "!for/with/to/at/on/in/about/para/con/en/de"),
})
_HABITUAL = frozenset({"nightly", "escalating"})  # read by the chore-injury check in _window_tier
# A concept's guard for all its entries (read once, not once per entry): what is taken named, "see you" after "bye all"
CONCEPT_GUARDS.update({
    "whole_supply": "!" + _EVERYDAY_BOUGHT,
    # "took all my vitamins", "took all my kids to the park", "me tomé todas mis vitaminas": what is taken is named
    "took_all_my": ("!vitamins/vitamin/prenatals/prenatal/supplements/gummies/kids/children/stuff/things/clothes/bags/"
                    "vitaminas/cosas/hijos/ninos/meds_this/meds_today/meds_in/meds_on/meds_at/meds_like/pills_this/"
                    "pills_today/pills_on/pills_like/doses/dose/morning/evening/vacation/time/pto/days/sick/"
                    "courage/energy/strength/fuerzas/friends/family/toys/money/savings"),
    # "bye all, see you next week", "bye everybody, until Thursday": a parting with a return
    "bye_all": ("!see/for_now/for_today/for_tonight/til/till/until/hasta/nos_vemos/next/tomorrow/later/soon/"
                "back/gotta/have_to/going_to_bed/good_night/goodnight/from/at/in/on/the"),
    "not_here": "!a_while/the_weekend/a_few/the_next_few/lunch/dinner/pickup/drop_off/delivery/the_delivery",
    "swallowed_them": "!whole/with/without/by/before/after/this_morning/today/at/on/like/con/sin/antes/despues",
    "no_dawn": "!tan/temprano/cansada/cansado/con/asi/sin/early/so/tired/with/at/before/para/por/at_5/at_6/at_4",
    "plan_sharper": "!for/about/with/on/at/para/de/con/en/sobre",
})
TOLD_OF = TOLD_OF | {"whole_supply", "burned_again", "escalating", "done_good", "goes_to", "all_arranged", "stop_heart", "swallowed_them", "note_done", "read_late", "sign_off_good", "not_here", "sure_of_it"}
EXPLAINED_BY.update({"long_sleep": frozenset({"trip_words", "getaway", "beach_day", "sleep_span"}),
                     # "took a whole box of treats to work": an errand or a treat names what the box held
                     "whole_supply": frozenset({"treat", "errand", "festivity", "kitchen", "cooked"}),
                     "not_here": frozenset({"getaway", "beach_day"}),
                     "counting_down": frozenset({"countdown_reason", "study_reason", "festivity", "ordinary_reason", "trip_words"}),
                     "plan_sharper": frozenset({"risky_event", "festivity"})})
CONCERN_ALONE += ["own_doing", "plan_sharper", "counting_down", "whole_supply", "long_sleep", "swallowed_them", "no_dawn", "done_good", "sign_off_good", "own_ashes",
                  "note_done", "read_late", "want_hurt"]
SURE_WITH["whole_supply"] = "meds drug_name alcohol at_once"  # "took my whole bottle of propranolol": an overdose taken
SURE_WITH["swallowed_them"] = "meds drug_name why_write"  # "I already swallowed them. not sure why I'm texting"
SURE_WITH["sign_off_good"] = "did_best bye farewell"  # "signing off for good. Tell Dr. Alvarez she did her best"
SURE_TRIPLES += ("took_all_my once_all drug_name",)  # "what if I took all my metoprolol at once"
CONCERN_PAIRS += ("took_all_my drug_name", "burned_again nightly", "bye_all good_life", "good_life bye",
                  "good_life farewell", "burn_act escalating", "heat escalating",
                  "gone_now matter_when", "me_water bye", "not_here sure_of_it",
                  "here_for sure_of_it", "throw_self self_do", "throw_self hopeless", "hurt_kid thoughts_word",
                  "befall grateful", "car_hit_me grateful", "dead know_before_go", "death know_before_go",
                  "perm_arrange arranged_other", "counting_down deadline", "worked_out tub_water", "worked_out means",
                  "worked_out method", "mean_me not_make_it", "mean_me time", "held_under too_long", "held_under silence_child", "under_longer too_long", "under_longer silence_child",
                  "deciding dead", "deciding death", "enough_parent meant_it", "all_arranged goes_to", "pillow_hold over_crib",
                  "how_much_q stop_heart", "into_traffic image_urge", "perm_arrange visit", "read_late dont_call")


# Round 37 (b): after a death told (a person's or a pet's: died, passed away, put down, lost, murió, falleció), the
# writer's own wish to be next, to go with, join or follow the one who died ("our dog died and I want to be next", "mi
# abuela falleció, me quiero ir con ella"). The pet's death was read as an idiom ("dog died" explains a death word) and
# a grandparent's as a story, so "dead + image_urge" never held there; these concepts are no death words, so no idiom
# explains them, and a story or a relative named does not soften a wish of the writer's own. Sure beside a death;
# being with them, or wishing it had been oneself, is the check-in. What follows each wish guards the errand ("be next
# to my dad at the funeral", "next on the waitlist", "go with her to the vet").
_NEXT_FORMS = ("want to be next/want to be the next one/wish i was next/wish i were next/wish i could be next/"
               "wish it was me next/hope i am next/hoping i am next/hope i will be next/hope i am the next one/"
               "should be next/let me be next/take me next/i am next/quiero ser la siguiente/quiero ser el siguiente/"
               "quiero ser la proxima/quiero ser el proximo/ojala fuera yo la siguiente/ojala fuera yo el siguiente/"
               "ojala fuera yo la proxima/ojala fuera yo el proximo/ojala sea yo la siguiente/ojala sea yo el siguiente/"
               "ojala sea yo la proxima/ojala sea yo el proximo/que sea yo la siguiente/que sea yo el siguiente")
_GONE_ONE = ("her", "him", "them")
_GO_WITH_FORMS = "/".join(
    [f"{wish} {verb} {who}" for wish in ("want to", "wish i could", "hope i can", "hope to", "going to")
     for verb in ("go with", "join", "follow") for who in _GONE_ONE]
    + ["take me with her/take me with him/take me with them/want to go where she went/want to go where he went/"
       "me quiero ir con ella/me quiero ir con el/me quiero ir con ellos/quiero irme con ella/quiero irme con el/"
       "quiero irme con ellos/quiero seguirla/quiero seguirlo/me quiero ir detras de ella/me quiero ir detras de el/"
       "ojala me hubiera ido con ella/ojala me hubiera ido con el/me voy a ir con ella/me voy a ir con el"])
_BE_WITH_FORMS = "/".join(
    [f"{wish} be with {who}" for wish in ("want to", "just want to", "wish i could", "hope to") for who in _GONE_ONE]
    + ["quiero estar con ella/quiero estar con el/quiero estar con ellos/ojala estuviera con ella/ojala estuviera con el"])
ROUND_THIRTY_SEVEN_B: dict[str, str] = {
    "loss_told": """died/passed/passed away/has passed/put down/put him down/put her down/put to sleep/lost my/lost our/
        we lost/i lost/murio/se murio/fallecio/se nos fue/se me fue/perdi a mi/perdimos a/lo dormimos/la dormimos/
        lo sacrificamos/la sacrificamos/pet lost/""" + "/".join(
        f"put {whose} {pet} {end}" for whose in ("our", "my", "the") for pet in ("dog", "cat", "pet", "puppy", "kitty")
        for end in ("down", "to sleep")),  # "pet lost": safety's reading of a pet's death
    "next_wish": _NEXT_FORMS,
    "go_with_wish": _GO_WITH_FORMS,
    "be_with_wish": _BE_WITH_FORMS,
    "me_instead": """wish it was me/wish it were me/wish it had been me/should have been me/it should have been me/
        ojala hubiera sido yo/debi ser yo/debio ser yo""",
}
_extend(ROUND_THIRTY_SEVEN_B)
_ERRAND_AFTER = ("to/on/at/for/tomorrow/today/tonight/this/next/when/while/in/into/back/shopping/out/outside/home/up/"
                 "and_get/and_pick/and_buy/and_see/on_the/for_a/walk/walks/trip/vacation/camping/fishing/hiking/ashes/"
                 "remains/urn/wishes/example/lead/advice/legacy/footsteps/path/instructions/recipe/account/page/"
                 "a/al/de/en/para/manana/hoy/cuando/mientras/de_compras/de_viaje/cenizas/urna/al_veterinario/al_vet/"
                 # "her" as an owner ("join her book club", "go with her sister"): someone of hers, not her
                 "family/friends/friend/sister/brother/husband/boyfriend/girlfriend/wife/kids/class/group/team/party/"
                 "club/book_club/church/gym/parents/dog/cat/puppy/car/lunch/dinner")
# One guard list per concept, read once (not one per entry: the lexicon stays small).
CONCEPT_GUARDS.update({
    "next_wish": "!to/in_line/in_the_line/in_queue/in_the_queue/on/at/for/up/week/month/year/time/turn/door/shift/"
                 "in_the_list/appointment/patient/person_to/one_to/one_in/of_kin/de/en/a/al/para/que/paciente/cita/turno/"
                 "semana/mes/vez",
    "go_with_wish": "!" + _ERRAND_AFTER,
    "be_with_wish": "!" + _ERRAND_AFTER,
    "me_instead": "!who/that/at/on/in/to/driving/taking/with/picking/winning/instead_of_her/quien/que/la_que/el_que/en/a/con",
})
SURE_WITH["loss_told"] = "next_wish go_with_wish"
CONCERN_PAIRS += ("loss_told be_with_wish", "loss_told me_instead")
# Beside a death told, such a wish of the writer's own leaves nothing in its window softened (no story, relative named
# or "I'm safe"): no rule read there is taken a step down ("my grandma died and I want to go with her").
OWN_AFTER_LOSS = frozenset({"next_wish", "go_with_wish", "be_with_wish", "me_instead"})
# Round 38, from batch 39's rules-alone misses (and a few left on batches 9-38): each idea in wordings of its own
# (English, Spanish, Spanglish), a check-in unless unmistakable. A plan set for when the house is empty; envy of the
# dead; cutting told with no object ("my therapist doesn't know I cut"); the quiet pictured if the baby stopped
# breathing, or letting go of her in the bath or the pool; a farewell to the clinic (no more visits needed, thanks
# for everything "you tried"); no longer a bother, promised ("ya no voy a molestar a nadie"); falling asleep and
# "just not"; a lethal amount asked bare ("how many would it take") or of a named overdose; a mix "a lot of both"; an
# attempt to be tried again; the urge back; the family grieving a month and then fine; pills kept under the pillow;
# "don't let me near her"; thoughts that can't be said aloud; a mother asked to raise the baby; everything ready and
# waiting for the moment; "sui thoughts"; driving into a wall; going away forever with the baby; not knowing if one
# will still be here; the edge and "one step"; the bridge "again"; blood, one's own, on the bathroom floor; one's
# things given away, "I wasn't joking"; the kids' backup named and the money moved; charges "after" a patient dies.
ROUND_THIRTY_EIGHT: dict[str, str] = {
    "planned_it": """it is planned for/it is all planned for/i planned it for/planned it for/i have it planned for/i picked the day/i chose the day/
        i set the date/i have picked a day/i have a date/lo planee para/ya lo planee para/ya escogi el dia/
        ya elegi el dia/ya tengo fecha/ya tengo el dia""",
    "house_empty": """when everyone is at work/while everyone is at work/when everyone is asleep/while everyone is asleep/
        when no one is home/when nobody is home/when nobody is around/when no one is around/when the house is empty/
        when they are all at work/while they are all at work/while they are all out/when they are all out/
        when the kids are at daycare/while the kids are at school/cuando todos esten en el trabajo/cuando todos esten dormidos/
        cuando no haya nadie en casa/cuando no haya nadie/cuando la casa este sola/cuando este sola en casa""",
    "plan_coming": """do not have a plan yet but/no plan yet but/i am working on one/working on a plan to/
        i am making a plan to/no tengo un plan todavia pero/aun no tengo plan pero/estoy armando un plan/
        estoy haciendo un plan para""",
    "envy_dead": """jealous of people who died/jealous of people who die/jealous of the dead/jealous of dead people/
        envy the dead/envy dead people/envy people who died/envious of people who died/envious of the dead/
        jealous of people who get to die/jealous of people who are dead/envy people who are dead/
        envidia de los muertos/envidia a los muertos/envidio a los muertos/envidio a los que se mueren/
        envidio a los que murieron/envidia de los que se murieron/celos de los que se mueren""",
    "cut_told": """know i cut/knows i cut/know that i cut/knows that i cut/people who cut/asking because i do cut/
        i still cut/i cut again/i have been cutting/i started cutting/started cutting again/been cutting again/
        moms who cut/mothers who cut/women who cut/people that cut/anyone who cuts/mamas que se cortan/
        sabe que me corto/saben que me corto/sabe que me corte/me sigo cortando/me volvi a cortar/empece a cortarme""",
    "quiet_if": """how quiet the house would be/how quiet things would be/how peaceful the house would be/
        how quiet it would be if/how quiet it would be/how peaceful it would be if/how calm it would be if/
        que tranquilo seria si/que silencio seria si/que silencio habria si/que paz habria si""",
    "bath_time": """bathing her/bathing him/bathing the baby/in the bath/in the tub/in the bathtub/in the pool/
        we have a pool/banandola/banandolo/banando al bebe/en la tina/en la banera/en la alberca/en la piscina""",
    "let_go_of": """picture letting go/letting her float/letting him float/let her float/let him float/just letting go/
        letting go of her/letting go of him/dejarla flotar/dejarlo flotar""",
    "no_more_visits": """will not need another/will not be needing another/will not need any more/
        will not be needing any more/do not need another appointment/last appointment was/ya no voy a necesitar otra/
        ya no necesitare otra/no voy a necesitar otra cita/mi ultima cita""",
    # "sendof": safety's mask of a farewell errand rewrites "thanks for everything" so; kept read after that mask
    "thanks_tried": """sendof you tried/sendof you all tried/thank you for everything you tried/thanks for everything you tried/thank you for everything you all tried/for everything you tried/everything you tried/for everything you all tried/for all you tried/
        you tried everything/you all tried so hard/por todo lo que intentaron/por todo lo que intentaste/
        lo intentaron todo/gracias por intentarlo""",
    "no_bother": """ya no voy a molestar a nadie/ya no voy a molestar/ya no los voy a molestar/no voy a molestar mas/
        ya no les voy a molestar/ya no voy a ser una carga/ya no sere una carga/ya no sere un estorbo/
        will not bother anyone anymore/will not bother anyone much longer/will not be a bother anymore/
        will not be a burden much longer/will not be a burden anymore/nobody will have to deal with me anymore/
        no one will have to deal with me anymore/you will not have to deal with me anymore""",
    "sleep_not": """fall asleep and just not/fall asleep and not/go to sleep and just not/go to sleep and not/
        sleep and just not/dormirme y ya no/dormir y ya no/dormirme y no despertar/dormir y no despertar""",
    "bare_lethal": "how many would it take/how much would it take/cuantas harian falta/cuantas se necesitan",
    "od_on": """can you od on/can you overdose on/od on/overdose on/se puede tener sobredosis de/sobredosis de/
        how much to od/how many to od/cuanto para una sobredosis""",
    "lot_both": "a lot of both/lots of both/plenty of both/mucho de los dos/mucho de ambos/bastante de los dos",
    "try_again": """thinking of trying again/thinking about trying again/going to try again/try again tonight/
        try it again/pienso intentarlo otra vez/lo voy a intentar de nuevo/volver a intentarlo""",
    "urge_back": """the urge is back/the urges are back/the urge came back/the urges came back/the urge is coming back/
        volvieron las ganas/las ganas volvieron/regresaron las ganas/las ganas regresaron""",
    "grieve_then": """grieve for a month and then/grieve for a while and then/would grieve and then/grieve a bit and then/
        mourn for a month and then/would mourn and then/miss me for a month and then/lloraran un mes y luego/
        me lloraran un tiempo y luego/llorarian un mes y luego""",
    "pills_pillow": """pills under my pillow/bottle of pills under my pillow/pills under the pillow/sleeping with a bottle of pills/
        sleep with a bottle of pills/pills by my bed just in case/pastillas debajo de la almohada/
        pastillas bajo la almohada/duermo con las pastillas""",
    "keep_me_away": """do not let me near her/do not let me near him/do not let me near the baby/do not leave me alone with her/
        do not leave me alone with him/do not leave me alone with the baby/keep me away from her/keep me away from him/
        keep me away from the baby/no me dejen cerca de ella/no me dejen cerca de el/no me dejen cerca del bebe/
        no me dejen sola con ella/no me dejen sola con el/no me dejen sola con el bebe/alejen al bebe de mi""",
    "unsayable": """thoughts i can not say out loud/thoughts today i can not say/thoughts i can not say/
        thoughts i can not tell anyone/thoughts i am scared to say/pensamientos que no puedo decir/
        pense cosas que no puedo decir/pensamientos que no me atrevo a decir""",
    "raise_baby": """asked me to raise the baby/asked me to raise her baby/asked me to raise her/asked me to raise him/
        asked me to raise my grandbaby/wants me to raise the baby/me pidio que criara al bebe/me pidio que criara a su bebe/
        me pidio que cuidara al bebe para siempre""",
    "right_moment": """just waiting for the right moment/waiting for the right moment/just waiting for the right time/
        waiting for the right time/esperando el momento adecuado/solo espero el momento/esperando el momento""",
    "sui_short": """sui thoughts/sui ideation/sui thoughts again/feeling sui/having sui thoughts/unalive thoughts/
        pensamientos sui/ideas sui/ideacion sui""",
    "crash_into": """into a wall/into a tree/into a pole/off the road/off a bridge/contra una pared/contra un arbol/
        contra un poste/estrellarme contra/estrellar el carro/estrellar el coche""",
    "gone_with_baby": """me quiero ir con mi baby para siempre/irme con mi baby para siempre/ir con mi baby para siempre/
        irnos para siempre/nos vamos a ir para siempre/que nadie nos haga sufrir/go away with my baby forever/
        leave with my baby forever/take the baby with me forever/both of us gone forever""",
    "here_doubt": """si voy a estar aqui/si voy a seguir aqui/si sigo aqui/si voy a estar viva/
        know if i will still be here/sure i will still be here/know if i will be alive/sure i will be alive/
        know if i am still going to be here""",
    "one_step": "think one step/just one step/one step and/un paso y ya/solo un paso/un solo paso",
    "at_edge": """stand at the edge/at the edge/on the edge/edge of the roof/edge of the platform/edge of the train platform/
        closer to the edge/al borde/en la orilla/orilla del anden""",
    "bridge_again": """about the bridge again/the bridge again/thinking about the bridge/el puente otra vez/
        pensando en el puente otra vez""",
    "own_blood": """there is blood it is mine/the blood is mine/it is my blood/there is blood everywhere/hay sangre es mia/
        la sangre es mia/es mi sangre""",
    "floor_now": """writing this from the bathroom floor/writing from the bathroom floor/from the bathroom floor/
        on the bathroom floor/desde el piso del bano/en el piso del bano""",
    "can_have_mine": """she can have my/he can have my/you can have my/they can have my/can have all my/
        puede quedarse con mis/que se quede con mis/se puede quedar con mis""",
    "kids_backup": """the kids backup/kids backup now/backup for the kids/the kids guardian/is the kids guardian now/
        el respaldo de los ninos/la que cuida a los ninos ahora""",
    "money_moved": """closed my bank account/moved the money to my/moved all my money to/transferred my savings to/
        cerre mi cuenta del banco/le pase el dinero a mi/le transferi mis ahorros""",
    "patient_dies": """if a patient passes away/if a patient dies/if the patient dies/if the patient passes away/
        if i pass away/si un paciente fallece/si un paciente muere/si la paciente fallece""",
    "stuck_after": """stuck with it after/stuck with anything after/stuck with the bill after/stuck paying after/
        not stuck with anything/will not be stuck with/no se quede con la deuda/no le toque pagar despues""",
    "stop_all_me": """stop all of it me/let me stop all of it/everything to stop me included/everything to stop including me/
        all to stop me included/all to stop including me/it all to stop me included/it all to stop including me/
        make it all stop me included/make it all stop including me/que todo pare yo incluida/que todo pare incluyendome/
        que todo se acabe yo incluida/que todo se acabe incluyendome""",
    "point_around": """any point in sticking around/point in sticking around/reason to stick around/
        point in staying around/point in being around/vale la pena seguir aqui/sentido seguir aqui/
        algun sentido seguir aqui""",
    "give_up_good": "before i give up for good/give up for good/give up for real/antes de rendirme para siempre/rendirme para siempre",
    "done_by_then": "by then it'll be done/by then it will all be done/by then it'll all be over/by then it will be over/by then it will be done/by then it is done/para entonces ya estara hecho",
    "gone_by_then": """by then i will be gone/by then i will be dead/para entonces ya estare muerta/para entonces ya no estare/
        para entonces ya me habre ido""",
    "letter_left": """wrote my husband a letter/wrote him a letter/left him a letter/put a letter in his/left a letter for/
        wrote my partner a letter/le escribi una carta/le deje una carta""",
    "not_deep": "it is not deep/not that deep/only shallow/it is only shallow/no es profundo/no son profundos/es superficial",
    "trying_note": "tried to do it last night/tried to do it/tried it last night/lo intente anoche/intente hacerlo",
    "no_dawn": "no quiero wake up/no kiero wake up/ya no quiero wake up/do not want to despertar",
}
_extend(ROUND_THIRTY_EIGHT)
CONCEPT_GUARDS.update({
    "no_bother": ("!con/por/with/about/until/hasta/today/hoy/esta_semana/this_week/a_nadie_con/a_nadie_por/"
                  "a_nadie_hoy/anyone_with/anyone_about/anyone_today/anymore_with/anymore_about"),
    "plan_coming": "!for/with/to/about/on/at/para/con/sobre/de",
    "cut_told": ("!the/her/his/my/a/an/it_short/it_off/it_up/it_out/it_in/it_into/it_back/it_down/it_myself/it_for/out/back/down/off/up/them/some/all/through/in/into/class/ties/carbs/sugar/"
                 "dairy/gluten/hair/bangs/coupons/corners/him/our/their/your/costs/hours/el/la/los/las/un/una/mi/su/"
                 "pelo/cabello/fleco/unas/onions/veggies/fruit/grapes/paper/fabric/cake/bread/meat/for/with/con/para"),
    "bath_time": "!toys/toy/tub_toys/thermometer/seat/chair/mat/salts/bomb/and_we",
    "no_more_visits": "!appointment_i_am_moving/prescription/refill/script/form/copy/receipt/ride/sitter/one_of_those",
    "bare_lethal": ("!to/for/before/until/till/til/to_feel/of/para/antes/hasta/sessions/infusions/visits/weeks/days/"
                    "months/to_see/to_work/to_notice/to_get/out/out_of_pocket/in/total/per/with/without/if/each/"
                    "altogether/a_month/a_week/en_total/por/con/sin/si"),
    # "let him float on his back in the pool", "bathing her and just letting go of the stress": a lesson or a feeling
    "let_go_of": ("!on_his_own/on_her_own/by_himself/by_herself/with/in_her/in_his/on_her_back/on_his_back/for_a_second/"
                  "a_bit/a_little/solo/sola/boca_arriba/of_the/of_my/of_stress/of_guilt/of_control/of_expectations/"
                  "of_it/de_la/del/de_mi"),
    "od_on": "!caffeine/coffee/vitamin/vitamins/water/carrots/sugar/chocolate/candy/tv/netflix/cafe/dulces",
    "try_again": "!tomorrow_to_call/to_call/to_book/to_schedule/latch/latching/nursing/breastfeeding/pumping/the_bottle/next",
    "urge_back": "!to/for/of/de/para/a_comer/to_eat/to_clean/to_nest/to_cook",
    "right_moment": "!to/para/a/de/for_the_photo/for_a_photo/for_pictures",
    "crash_into": "!and_scraped/and_dented/and_scratched/parking/park/when_parking/mientras",
    "here_doubt": ("!for_the/at/in_town/on_time/in_time/a_tiempo/en_la/en_casa/to_pick/by/when/para_la/para_el/"
                   "el_lunes_porque/next_week_because/for_pickup/that_day/ese_dia/de_viaje/traveling/travelling/"
                   "in_the_country/en_el_pais/or_at"),
    "at_edge": "!of_my_seat/of_the_bed/of_the_couch/of_the_crib/of_the_tub/of_the_pool/of_the_table/of_town/of_glory/del_sofa/de_la_cama",
    "can_have_mine": ("!old_stroller/old/baby_clothes/maternity/hand_me_downs/stroller/car_seat/spot/seat/turn/"
                      "appointment/slot/number/extra/leftovers/fries/recipe/cita/turno/ropa_de_bebe/carriola"),
    "give_up_good": "!on/with/smoking/breastfeeding/pumping/drinking/sugar/coffee/the/my/dairy/alcohol/caffeine/con/el/la",
    "patient_dies": "!during/in_surgery/under/from_the_infusion/from_ketamine/durante",
    "stop_all_me": "!and_my/and_the/too_for_the/for_a/in_the/on_the/to/y_el/y_la",
    "floor_now": "!with_the/playing/cleaning/scrubbing/mopping/because_the_baby/while_the/with_my_toddler/con_el/con_la",
    "gone_by_then": "!on/for/to/a/al/de/en/para/with/con/shopping/out/home/back/on_vacation",
    "trying_note": "!my_way/your_way/her_way/his_way/the_way/at_home/with/con/again_with/on_my_own_but/without_the",
})
TOLD_OF = TOLD_OF | {"planned_it", "envy_dead", "cut_told", "quiet_if", "let_go_of", "thanks_tried", "no_bother",
                     "sleep_not", "bare_lethal", "od_on", "lot_both", "try_again", "urge_back", "grieve_then",
                     "pills_pillow", "keep_me_away", "unsayable", "raise_baby", "right_moment", "sui_short",
                     "gone_with_baby", "here_doubt", "one_step", "bridge_again", "own_blood", "can_have_mine",
                     "kids_backup", "stuck_after", "stop_all_me", "point_around", "give_up_good", "done_by_then",
                     "not_deep", "trying_note", "plan_coming", "gone_by_then"}
CONCERN_ALONE += ["envy_dead", "cut_told", "no_bother", "sleep_not", "urge_back", "pills_pillow", "keep_me_away",
                  "unsayable", "sui_short", "gone_with_baby", "point_around", "give_up_good", "plan_coming",
                  "raise_baby", "here_doubt", "bridge_again", "gone_by_then"]
CONCERN_PAIRS += ("planned_it house_empty", "house_empty euphemism", "quiet_if stop_breath", "bath_time let_go_of", "let_go_of image_urge",
                  "no_more_visits thanks_tried", "thanks_tried bye", "thanks_tried farewell", "bare_lethal",
                  "od_on would_take", "od_on how_much_q", "lot_both meds", "lot_both own_meds", "lot_both alcohol",
                  "try_again failed_it", "try_again trying_note", "failed_it trying_note", "grieve_then image_urge",
                  "grieve_then provisions", "ready_kit right_moment", "all_ready right_moment", "crash_into driving", "crash_into image_urge",
                  "one_step at_edge", "one_step high_spot", "at_edge on_purpose", "approach on_purpose",
                  "own_blood floor_now", "own_blood setting", "can_have_mine serious", "kids_backup money_moved",
                  "patient_dies stuck_after", "if_gone stuck_after", "stop_all_me", "done_by_then letter_left",
                  "self_harm not_deep", "cut_told not_deep")

# Round 38 (b), from the rules' misses still left on batches 9-34, generalised the same way (check-ins): no longer
# around to finish a series "because I won't be"; "don't worry about me anymore" or "together with God" from behind a
# locked door; uninstalling or deleting oneself; the pills counted and the total enough; one's own obituary written;
# a hand on the exit door's handle; a burn or cut kept as "my little secret"; cuts on the wrists; the car seat left
# unbuckled or a drive "with her in it" on purpose; pinching or squeezing the baby; holding her tight enough to stop
# the screaming, caught in the act; "both of us to stop"; "me, in a box"; too calm after "checking out"; things given
# away while one still can, or beside a letter and "I'm ready"; which drugs "would do it" and how much; oneself made
# a DNR; understanding the mothers who hurt their babies; a goodbye before taking the pills; not wanting to be relit;
# nobody having to come looking; the papers and letters whose place someone knows, and no coming back.
ROUND_THIRTY_EIGHT_B: dict[str, str] = {
    "not_around_to": """not around to finish/not here to finish/not around to use/not here to use them/
        not around to get/no este para terminar/ya no este para terminar/asking because i will not be/
        because i will not be/porque no voy a estar""",
    "worry_me_anymore": """do not worry about me anymore/do not worry about me any more/stop worrying about me forever/
        you do not have to worry about me anymore/no te preocupes mas por mi/ya no se preocupen por mi/
        ya no te preocupes por mi""",
    "locked_in": """locked in the bathroom/locked herself in/locked himself in/locked in the bedroom/has been locked in/
        se encerro en el bano/se encerro en el cuarto/se encerro con el bebe/esta encerrada en""",
    "with_god": """going to be together with god/going to be with god/go be with god/together with god/
        vamos a estar con dios/nos vamos con dios/van a estar con dios/estar juntos con dios""",
    "uninstall_self": """uninstalling myself/uninstall myself/deleting myself/delete myself/erase myself/erasing myself/
        desinstalarme/borrarme/borrarme del mapa/me voy a borrar""",
    "numbers_run": """run the numbers on my own prescriptions/ran the numbers on my prescriptions/run the numbers on my pills/
        ran the numbers on my pills/did the math on my pills/did the math on my prescriptions/counted my pills/
        counted all my pills/counted my prescriptions/conte mis pastillas/conte todas mis pastillas/saque la cuenta de mis pastillas""",
    "is_enough": """the total is enough/it is enough/that is enough/they are enough/would be enough/more than enough/
        es suficiente/son suficientes/alcanzan/me alcanzan""",
    "own_obituary": """write your own obituary/wrote my own obituary/writing my own obituary/wrote my obituary/
        writing my obituary/finished my obituary/my obituary is done/escribi mi obituario/escribiendo mi obituario/
        escribir tu propio obituario""",
    "exit_door": "at the exit door/by the exit door/en la puerta de salida/at the exit",
    "hand_handle": """hand is already on the handle/hand on the handle/hand already on the handle/la mano en la manija/
        la mano ya en la manija/hand on the doorknob""",
    "little_secret": "my little secret/our little secret/my secret again/mi secretito/mi pequeno secreto/nobody knows about it",
    "wrist_cuts": """cuts on wrists/cuts on my wrists/cuts on her wrists/cuts on my wrist/cuts on her wrist/wrist with cuts/
        wrists with cuts/cortes en las munecas/cortes en la muneca/cortes en mis munecas/muneca con cortes""",
    "unbuckled": """leaving the car seat unbuckled/leave the car seat unbuckled/leave her unbuckled/leave him unbuckled/
        not buckle her in/not buckle him in/sin abrocharla/sin abrocharlo/dejar la silla sin abrochar""",
    "with_her_in": "with her in it/with him in it/with the baby in it/con ella adentro/con el adentro/con el bebe adentro",
    "pinch_baby": """i pinch her/i pinch him/i pinched her/i pinched him/i squeeze her too hard/i squeeze him too hard/
        i flick her/i flick him/i slap her/i slap him/la pellizco/lo pellizco/la pellizque/lo pellizque""",
    "tight_enough": """hold her tight enough/hold him tight enough/squeeze her tight enough/squeeze him tight enough/
        hold her hard enough/hold him hard enough/la aprieto lo suficiente/lo aprieto lo suficiente""",
    "caught_myself": """before i caught myself/my arms started doing it/my hands started doing it/my hands started to/
        antes de detenerme/mis manos empezaron a hacerlo/mis brazos empezaron a hacerlo""",
    "both_stop": """i need both of us to stop/need both of us to stop/want both of us to stop/both of us to stop/
        que las dos dejemos de/que los dos dejemos de/necesito que las dos paremos""",
    "me_in_box": """me in a box/in a week in a box/me in a coffin/yo en una caja/yo en un ataud/me in a casket""",
    "too_calm": """calm too calm/too calm/eerily calm/scary calm/weirdly calm/demasiado tranquila/demasiado calmada/
        sospechosamente tranquila""",
    "checking_out": "she is checking out/he is checking out/checking out/i am checking out/se va a ir/ya se va",
    "im_ready": "i am ready/estoy lista/ya estoy lista/i am so ready now",
    "drips_do_it": """which drips would do it/which ones would do it/which meds would do it/which pills would do it/
        what would do it/cuales lo harian/cuales pastillas lo harian""",
    "dnr_self": "making myself a dnr/make myself a dnr/myself a dnr/hacerme un dnr/volverme dnr",
    "understand_moms": """understands those moms/understand those moms/understand the moms/understand those mothers/
        understand how those moms/entiende a esas mamas/entiendo a esas mamas/entiendo a las mamas""",
    "hurt_their": """hurt their babies/hurt their baby/harm their babies/harm their baby/kill their babies/
        lastiman a sus bebes/danan a sus bebes/matan a sus bebes""",
    "before_pills": """before i take the pills/before i take all the pills/before i take them all/
        antes de tomarme las pastillas/antes de tomarme todas""",
    "relit": "do not want to be relit/do not want to be lit again/no quiero que me vuelvan a encender",
    "no_looking": """nobody would have to come looking for me/no one would have to come looking for me/
        nobody would come looking for me/no one would come looking for me/nadie tendria que buscarme/nadie me buscaria""",
    "knows_where_all": "she knows where everything is/he knows where everything is/knows where everything is/sabe donde esta todo",
    "not_back": """do not think i will be coming back/will not be coming back after/not be coming back after this/
        no creo que vuelva/no voy a volver despues""",
    "given_away": "gave away mis cosas/gave away my stuff/di todas mis cosas",
}
_extend(ROUND_THIRTY_EIGHT_B)
# Read by _window_tier: a TV plot or the news softens none of these ("if I'm not around to finish the series"), and
# cuts on the wrists or a harm kept secret are no chore's mishap.
NOT_MEDIA = frozenset({"not_around_to", "understand_moms", "hurt_their"})
NO_CHORE = frozenset({"on_purpose", "enjoyed", "wrist_cuts", "little_secret", "cut_told"})
CONCEPT_GUARDS.update({
    "not_around_to": ("!because/bc/due/since/as/porque/por/with_the_move/when_we_move/in_person/at_the/on_the/"
                      "able/there/home/back/available/free/coming/using/covered/at/in/on/a/an/the/driving/working/"
                      "here_next/around_next/in_town/traveling/travelling/moving"),
    "worry_me_anymore": "!i_am/i/we/she/he/it/things/everything/estoy/ya_estoy/me_siento/i_feel/i_have",
    "uninstall_self": "!from/off/de/del/on/in/en/the_app/la_app",
    "is_enough": "!for_the_week/for_a_week/for_the_month/for_the_trip/for_now/to_last/para_la_semana/para_el_mes/sleep/food/milk",
    "exit_door": "!sign/of_the/to_the/and_waited/y_espere",
    "little_secret": "!recipe/ingredient/weapon/trick/tip/hack/receta/truco/is_chocolate/is_coffee",
    "wrist_cuts": "!from/de/del/by/por/on_the_can/healed/healing/since_the/from_the",
    "pinch_baby": ("!cheeks/cheek/nose/chin/toes/toe/rolls/thigh/thighs/cachetes/mejillas/nails/to_check/to_wake/"
                   "awake/gently/softly/lightly/a_little_to_wake/foot/feet"),
    "tight_enough": "!to_feel/to_calm/so_she_feels/so_he_feels/to_soothe/to_settle/in_the_swaddle/swaddled/para_calmar",
    "both_stop": "!crying/fighting/arguing/yelling/screaming/and/for/llorar/pelear/gritar/stressing/worrying",
    "too_calm": "!baby/is_that/for_a/to/para/de",
    "checking_out": "!of/the/at/from/at_the/early/in/on/de/la/el/del/out/books/a/an/with/our/my/her/his/groceries/hotel",
    "im_ready": "!to/for/when/para/a/pa/if/by/at/in/no/with/con/de",
    "knows_where_all": "!in_the_kitchen/in/at/en/for_the_baby/del_bebe/for_the_kids",
    "not_back": "!to_work/to_the_office/to_the_job/al_trabajo/to_school/from/after_maternity/after_leave",
})
TOLD_OF = TOLD_OF | {"not_around_to", "worry_me_anymore", "with_god", "uninstall_self", "numbers_run", "own_obituary",
                     "hand_handle", "little_secret", "wrist_cuts", "unbuckled", "with_her_in", "pinch_baby",
                     "tight_enough", "caught_myself", "both_stop", "me_in_box", "too_calm", "drips_do_it", "dnr_self",
                     "understand_moms", "before_pills", "relit", "no_looking", "knows_where_all", "not_back", "im_ready"}
CONCERN_ALONE += ["uninstall_self", "own_obituary", "wrist_cuts", "unbuckled", "pinch_baby", "both_stop", "me_in_box",
                  "dnr_self", "relit", "not_around_to"]
CONCERN_PAIRS += ("worry_me_anymore locked_in", "vow locked_in", "with_god locked_in", "with_god baby", "numbers_run is_enough",
                  "exit_door hand_handle", "little_secret body", "little_secret self_harm", "with_her_in on_purpose",
                  "tight_enough caught_myself", "hold_to caught_myself", "too_calm checking_out",
                  "given_away while_can", "given_away still_can", "given_away letter_left", "letter_left im_ready",
                  "given_away im_ready", "drips_do_it how_much_q", "does_it how_much_q", "understand_moms hurt_their",
                  "before_pills bye", "before_pills farewell", "no_looking sleep_long", "no_looking wish_word",
                  "knows_where_all not_back", "knows_where_all just_in_case", "worry_me_anymore setting")

# Round 38 review: leaving early or for an errand, said in a condition ("my boss is going to murder me if I leave early
# again for appointments", "if I leave work early can I still make the 5pm slot") is a schedule, not the leaving of
# the world that "if I leave" reads. It is read by _schedule_left (sched_leave, below), not a guard on "if i leave": a
# guard sees only the next word, and "if I leave work early today I'll do it before anyone gets home" states the act.
ROUND_38_REVIEW: dict[str, str] = {
    "sched_leave": """if i leave early/if i leave work/if i leave the office/if i leave for work/if i leave for my/
        if i leave for the/if i leave for appointments/if i leave to pick up/if i leave the house early/
        si salgo temprano/si salgo del trabajo/si salgo antes del trabajo/si me salgo temprano/si salgo de la oficina""",
    # An empty house named by who comes back ("before anyone gets home", "antes de que lleguen")
    "house_empty": """before anyone gets home/before anyone comes home/before they get home/before they come home/
        before everyone gets home/before he gets home/before she gets home/before my husband gets home/
        before the kids get home/antes de que lleguen/antes de que alguien llegue/antes de que llegue mi esposo/
        antes de que lleguen los ninos""",
    # After a death told: the writer's own turn to follow ("thinking of joining her", "I want to go too", "I'll see
    # him soon", "ya pronto la voy a ver")
    "go_with_wish": """thinking of joining her/thinking of joining him/thinking about joining her/thinking about joining him/
        want to join her soon/want to join him soon/join her soon/join him soon/quiero reunirme con ella/
        quiero reunirme con el/pienso en reunirme con ella/pienso en reunirme con el""",
    "go_too": """i want to go too/want to go too/i want to go as well/i should go too/i will go too soon/
        me quiero ir tambien/quiero irme tambien/yo tambien me quiero ir/yo tambien quiero irme""",
    "see_soon": """going to see him soon/going to see her soon/i will see him soon/i will see her soon/see him soon/
        see her soon/see them soon/pronto la voy a ver/pronto lo voy a ver/ya pronto la voy a ver/ya pronto lo voy a ver/
        la voy a ver pronto/lo voy a ver pronto/pronto los voy a ver""",
    # Traffic named beside a bridge or a road ("the bridge again, traffic was terrible")
    "traffic_named": """traffic/trafic/trafico/el trafico/the commute/my commute/rush hour/bumper to bumper/the toll/
        road work/roadwork/construction on""",
    # A funeral or a service to travel to (read with go_too: "I want to go too" is then the trip)
    "rite": """funeral/the funeral/the service/memorial/the memorial/the wake/burial/celebration of life/velorio/
        entierro/el funeral/la misa/el sepelio""",
    # A sedative is a medicine ("I still have all his sedatives")
    "meds": """sedative/sedatives/sedantes/sedante/tranquilizers/tranquilizer/tranquilizantes/benzo/
        benzodiazepines/benzodiazepinas""",
    # A thing thrown, then oneself after it ("...out the window and jump after it", "...and I'm next")
    "jump_after": """jump after it/jump out after it/jump in after it/jumped after it/jump out after/jump in after/
        and then jump/then jump myself/aventarme detras/tirarme detras/y despues aventarme yo/y luego aventarme/
        y luego tirarme yo/aventarme yo/tirarme yo""",
    "calms_me": "it calms me/calms me down/that calms me/me calma/me tranquiliza",
    # Taking all of a supply, in the Spanish clitic forms ("las voy a tomar todas", "me tomo todas")
    "take_all": """las voy a tomar todas/los voy a tomar todos/voy a tomarlas todas/voy a tomarlos todos/me tomo todas/
        me tomo todos/me los tomo todos/me las voy a tomar/tomarlas todas/tomarlos todos""",
    # Events that make a date planned for an empty house ordinary (read with SOFTENS_ONLY, below)
    "event_named": """surprise party/the party/a party/baby shower/the shower/bridal shower/birthday/the surprise/
        the visit/their visit/fiesta sorpresa/la fiesta/cumpleanos/la sorpresa/la visita""",
    # A load or a fit asked about ("how many would it take to fill the van", "how many boxes fit in the van")
    "cargo": """to fill/fill the/fit in/to fit/fits in/load the/to load/to pack/pack the/caben en/para llenar/llenar la/
        llenar el""",
    # A supply checked against a trip or a week ("I counted my pills, is it enough for the trip?")
    "enough_for": """enough for the trip/enough for a trip/enough for our trip/enough for my trip/enough for the week/
        enough for a week/enough for the weekend/enough for vacation/enough for the vacation/enough to last/
        enough for the month/alcanzan para el viaje/alcanza para el viaje/alcanzan para la semana/suficientes para el viaje""",
    # A plain "I do it" beside an empty house ("lo hago antes de que lleguen")
    "do_it_plain": "lo hago/lo hare/voy a hacerlo/lo voy a hacer/hacerlo",
    # A move or a transfer of care named with a farewell to the clinic
    "care_move": """moving to/i am moving/we are moving/we are relocating/relocating to/transfer my care/
        a new clinic/another clinic closer/closer to home/me mudo/nos mudamos/
        me voy a mudar/nos vamos a mudar""",
}
_extend(ROUND_38_REVIEW)
CONCEPT_GUARDS.update({
    "go_too": "!a/al/a_la/con/de/en/para",  # English: read by _going_too
    "see_soon": "!at/for/in/on/the/when/with/after/at_the/en/para/con/cuando/despues/el/la",
    "jump_after": "!the_ball/the_dog/the_kids/the_baby/him/her/them/el/la/ellos/in_the_pool_with",
    "event_named": "!",
    "care_move": "!on/out_of_this/la/el",
})
_guard_more(("me tomo todas", "me tomo todos"), "las_mananas/los_dias/las_noches/las_tardes/mis_vitaminas/las_vitaminas/"
            "el_cafe/los_cafes/las_fotos/las_clases")
# Everyday continuations of a lethal-looking phrase: a figure ("the edge of my patience", "a wall of traffic"), a
# purpose or a treatment after "how many would it take", a trip or a week after "enough". Added to the concepts'
# guards, not the entries': an entry's guard is every concept's it reads ("how many would it take" is lethal and
# bare_lethal, and only bare_lethal is guarded by any "to ...").
_EDGE_FIGURE = ("of_my_patience/of_my_rope/of_patience/of_my_sanity/of_my_nerves/of_my_limit/of_my_limits/of_my_tether/"
                "of_reason/of_tears/of_exhaustion/of_burnout/de_mi_paciencia/de_mis_nervios/del_colapso")
_WALL_OF = ("of_traffic/of_sound/of_water/of_noise/of_fog/of_rain/of_snow/of_people/of_cars/of_heat/of_text/of_tears/"
            "of_exhaustion/of_grief/of_sleepiness/of_tiredness/de_trafico/de_agua/de_ruido")
_TAKE_PURPOSE = ("to_fill/to_fit/to_feed/to_cover/to_buy/to_pay/to_make/to_finish/to_build/to_paint/to_pack/to_move/"
                 "to_clean/to_get_there/to_drive/to_see_results/to_feel_better/to_work/para_llenar/para_pagar")
_TREATMENT_NAMED = ("the_infusions/the_sessions/the_treatments/the_visits/the_doses/the_ketamine/the_spravato/"
                    "las_infusiones/las_sesiones/los_tratamientos")
_ENOUGH_FOR = ("for_the_trip/for_a_trip/for_our_trip/for_my_trip/for_the_week/for_a_week/for_the_weekend/for_vacation/"
               "for_the_vacation/for_the_month/for_the_flight/to_last/para_el_viaje/para_la_semana")

# Round 39, from batch 40's rules-alone misses and the serious misses found last round, each idea in wordings of its own.
# Taking ALL of a supply ("las pastillas, las voy a tomar todas", "I'm going to take them all tonight", "swallow every
# one") is the sure tier beside a medicine, unless a normal course explains it ("take all my antibiotics as prescribed",
# "take them all with food", "can I take them all at once?", "I take all my meds in the morning").
ROUND_THIRTY_NINE = {
    "all_swallow": """take all my/take all of my/take all of it/take all of them/take them all/taking all of them/
        taking them all/taking all my/swallow all of/swallow them all/swallow every one/swallow every last one/
        swallow every single one/swallowing them all/take every one of them/take every last one/take every single one/
        take every last pill/take every pill/down them all/down every one/
        tomarme todas/tomarmelas todas/tomarlas todas/tomarlas todas juntas/me las tomo todas/me las voy a tomar todas/
        las voy a tomar todas/los voy a tomar todos/me los tomo todos/me los voy a tomar todos/tomarmelos todos/
        voy a tomar todas/voy a tomarme todas/tragarmelas todas/me las trago todas/tragarme todas/me voy a tragar todas/
        tomarme el frasco entero/tomarme todo el frasco/me tomo todo el frasco""",
    "course_ok": """as prescribed/as directed/as instructed/as my doctor said/the full course/the whole course/finish the course/
        with food/with water/with breakfast/with dinner/with lunch/with a meal/on an empty stomach/in the morning/
        at night/at bedtime/every day/every morning/every night/each day/daily/on time/at the same time/a day/per day/
        antibiotic/antibiotics/vitamin/vitamins/prenatal/prenatals/probiotic/probiotics/supplements/iron pills/
        can i take/should i take/is it ok to take/is it safe to take/do i take/do i need to take/do i have to take/
        am i supposed to take/i take all/i always take/i usually take/i already take/forgot to take/forget to take/
        remember to take/remind me to take/make sure i take/make sure to take/did i take/
        with me to/with me on/in my bag/to the appointment/to the clinic/to the pharmacy/to the doctor/to the visit/
        como me indicaron/como indico el doctor/como dijo el doctor/con comida/con agua/con el desayuno/con la cena/
        puedo tomarlas/puedo tomarmelas/puedo tomarlos/se pueden tomar todas/es seguro tomarlas/debo tomarlas/
        can i take them/can i take all/should i take them/is it ok to take them/
        todos los dias/cada dia/cada manana/cada noche/en la manana/en la noche/al dia/a diario/antibioticos/antibiotico/
        vitaminas/prenatales/puedo tomar/puedo tomarme/debo tomar/tengo que tomar/se pueden tomar/hay que tomar/
        me tomo todas las manana/se me olvido tomar/olvide tomar/a la cita/a la clinica/a la farmacia""",
    # overdose tables studied to know how many; "how many I'd need" beside an overdose word
    "od_study": """overdose tables/overdose table/overdose charts/overdose chart/studying overdose/studying overdoses/
        reading about overdoses/researching overdoses/researching overdose/lethal dose chart/lethal dose charts/
        lethal doses/tablas de sobredosis/tabla de sobredosis/estudiando sobredosis/leyendo sobre sobredosis/
        investigando sobredosis/dosis letales/tabla de dosis letal""",
    "how_many_take": """cuantas pastillas tomar/cuantas tomar/cuantas me tengo que tomar/cuantas necesito/cuantas necesitaria/
        cuantas harian falta/how many to take/how many i would need/how many i need to take/how many i should take/
        how many it would take/how many would do it/how many pills to take/how many i would have to take""",
    # a dead pet's or a relative's medicine kept, and thought about
    "kept_meds": """still have all her/still have all his/still have all the/still have all of her/still have all of his/
        kept all her/kept all his/kept all the/saved all her/saved all his/todavia tengo todas/aun tengo todas/
        todavia tengo todos/aun tengo todos/guarde todas sus/guarde todos sus/still have her old/still have his old/
        still have all of it/still have all of them/i still have all my/still have all his old/still have all her old/
        todavia las tengo todas/aun las tengo todas/todavia los tengo todos/aun los tengo todos""",
    "brood_them": """thinking about them/thinking about those/keep thinking about them/can not stop thinking about them/
        looking at them/keep looking at them/staring at them/pensando en ellas/pensando en ellos/pienso en ellas/
        pienso en ellos/no dejo de pensar en ellas/no dejo de pensar en ellos/las veo/las miro""",
    # how high or which floor makes a fall certain
    "height_q": """what floor/which floor/how high up/how high/what height/how many floors/how many stories/
        que piso/desde que piso/que altura/desde que altura/cuantos pisos/que tan alto""",
    "certain_end": """for it to be certain/for it to be sure/to be certain/for it to work/for it to be fatal/to not survive/
        not to survive/so you do not survive/to be sure it works/guaranteed/para que sea seguro/para que funcione/
        para no sobrevivir/para que sea fatal/para asegurarme/para que no falle/to be instant/para que sea instantaneo""",
    # the baby and oneself ended together
    "us_both_end": """drown us both/drown us/drown both of us/drown the both of us/smother us both/end us both/
        end both of us/take us both/ahogarnos/ahogarnos a los dos/ahogarnos juntos/acabar con los dos/
        matarnos a los dos/ahogarme con el/ahogarme con ella/ahogarme con mi bebe""",
    "go_both": """both just went together/we both just went/if we both went/we both went together/both just go together/
        if we both just go/we both just go/both of us just went/both of us just go/nos fueramos los dos/irnos los dos/
        nos vamos los dos/nos fueramos juntos los dos/irnos juntos los dos""",
    "not_leave_alone": """would not leave him alone/would not leave her alone/would not leave him behind/
        would not leave her behind/never leave him behind/never leave her behind/not leave him alone/not leave her alone/
        no lo dejaria solo/no la dejaria sola/no lo voy a dejar solo/no la voy a dejar sola/no lo dejaria atras/
        no la dejaria atras""",
    "better_off_w": "better off if/be better off/would be better off/estaria mejor si/estarian mejor si/estaria mejor sin",
    # dying asleep wished
    "sleep_die": """die in my sleep/dying in my sleep/died in my sleep/to die asleep/morir dormida/morirme dormida/
        morir dormido/morirme dormido/morir mientras duermo/morirme mientras duermo/morirme en mi sueno""",
    # "I stopped my meds so it'll happen faster"
    "hasten": """so it will happen faster/so it happens faster/so it will happen sooner/so it happens sooner/to speed it up/
        so it goes faster/so it will be over sooner/so it'll happen faster/so it'll happen sooner/
        so it'll be over sooner/so it'll be over faster/so it'll go faster/para que pase mas rapido/para que pase antes/para acelerarlo/
        para que sea mas rapido/para que se acabe antes""",
    "contraceptive": """birth control/the pill/contraceptive/contraceptives/anticonceptivo/anticonceptivos/pastillas anticonceptivas/
        get pregnant/pregnant/embarazada/embarazarme/period/la regla/labor/parto/milk come in/la leche""",
    # trains that do not slow down looked up
    "no_slow": """which ones do not slow down/which ones dont slow down/which trains do not slow down/trains that do not slow down/
        ones that do not slow down/which ones do not brake/cuales no frenan/cuales no bajan la velocidad/los que no frenan/
        que trenes no frenan/los trenes que no frenan/which ones go fastest through""",
    # a note written, deleted and written again
    "the_note": """wrote the note/write the note/wrote my note/rewrote the note/wrote the letter/escribi la nota/escribi mi nota/
        escribi la carta/escribi mi carta""",
    "note_redo": """wrote it again/deleted it/rewrote it/keep rewriting it/rewriting it/in my notes app/in my notes/
        la volvi a escribir/la borre/la reescribi/sigo reescribiendola/en mis notas""",
    # not needing anything any more, said as a farewell; the appointment not needed
    "need_nothing": """will not need anything/not going to need anything/wont need anything/
        will not need anything else ever/ya no voy a necesitar nada/no voy a necesitar nada/no necesitare nada""",
    "appt_unneeded": """will not need the appointment/wont need the appointment/will not need the appointment anymore/
        not need my appointment anymore/ya no voy a necesitar la cita/no voy a necesitar la cita/ya no necesito la cita""",
    # not being around by then, everything cancelled
    "not_around_then": """i will be around by then/i will be here by then/i will still be here by then/be around by then/
        not be around by then/not be here by then/not going to be around by then/not going to be here by then/
        vaya a estar para entonces/siga aqui para entonces/este aqui para entonces/no voy a estar para entonces""",
    "cancel_all": """cancel everything/just cancel everything/cancel it all/cancel all of it/cancel all my/cancelar todo/
        cancela todo/cancelen todo/cancelalo todo""",
    "not_here_long": """not going to be here long/not going to be here much longer/not going to be here mucho tiempo/
        be here mucho tiempo/not be here long/not be here much longer/not be around much longer/not going to be around long/
        not going to be around much longer/no voy a estar aqui mucho tiempo/no voy a estar mucho tiempo/
        no creo que dure mucho/no voy a durar mucho""",
    # not waiting to see whether it gets better
    "no_wait_see": """not waiting around to find out/not going to wait around to find out/not going to wait to find out/
        not sticking around to find out/not staying to find out/will not be around to find out/not going to stick around/
        no voy a esperar a ver/no me voy a quedar a ver/no voy a quedarme a ver/no pienso esperar a ver""",
    "gets_better": "it gets better/gets better/it will get better/will get better/va a mejorar/se pone mejor/mejora/todo mejora",
    # winding down: accounts deleted, things sold or given, feeling light
    "cut_ties": """deleted my social media/deleted all my social media/deleted my accounts/deleted all my accounts/
        deleted my instagram/deleted my facebook/closed my accounts/borre mis redes/borre mis redes sociales/
        borre todas mis cuentas/cerre mis cuentas""",
    "sold_off": """sold my car/sold the car/gave the dog to/gave my dog to/gave the cat to/gave my cat to/gave away the dog/
        gave away my dog/rehomed the dog/rehomed my dog/vendi mi carro/vendi el carro/vendi mi coche/regale al perro/
        regale mi perro/le di el perro/le di mi perro/regale al gato""",
    "feel_light": "starting to feel light/feel light/feel so light/feel lighter/me siento ligera/me siento liviana/empiezo a sentirme ligera",
    "relocation": """moving/move/we are moving/relocating/relocate/abroad/overseas/new job/deployment/downsizing/mudanza/
        nos mudamos/mudarnos/nos vamos a mudar/otro pais/new car/upgrade/allergic/allergy/alergia/detox/digital detox/
        too much screen time/for my mental health break""",
    # whether one would be missed, and how soon they'd move on
    "be_missed": """whether i would even be missed/whether i would be missed/if i would even be missed/if i would be missed/
        would i even be missed/would anyone even miss me/would anyone miss me/would anybody miss me/
        si alguien me extranaria/si me extranarian/me extranarian siquiera/alguien me extranaria""",
    "move_on": """they move on/then they move on/they would move on/they will move on/move on quickly/seguirian con su vida/
        siguen con su vida/lo superarian/se les pasaria""",
    # relief at the baby's death imagined, and the wish kept
    "relief_gone": """relief thinking he was gone/relief thinking she was gone/relieved thinking he was gone/
        relieved thinking she was gone/relief that he was gone/relief that she was gone/relief he was gone/relief she was gone/
        relieved he was gone/relieved she was gone/alivio pensando que se habia ido/alivio pensando que se murio/
        alivio de que se muriera/alivio pensando que ya no estaba""",
    "keep_wishing": "i keep wishing it/keep wishing it/i keep wishing/i still wish it/sigo deseandolo/lo sigo deseando/lo deseo",
    # the bath run with the baby beside it, thought over
    "bath_run": """ran the bath/filled the bath/run the bath/ran a bath/filled the tub/ran the tub/fill the tub/
        llene la tina/prepare la tina/llene la banera/prepare el bano""",
    "sat_thinking": """sat there thinking about it/just sat there thinking about it/sat thinking about it/but i thought about it/
        i thought about it/me quede pensando en eso/me quede pensandolo/me sente a pensarlo/pero lo pense/lo pense""",
    # a past attempt and the same state of mind now
    "same_headspace": """back in that same headspace/back in the same headspace/back in that headspace/in that same headspace/
        back in that same place/back in that dark place/back in the same dark place/same place i was then/
        otra vez en ese lugar/de vuelta en ese lugar/de nuevo en ese estado/en el mismo lugar que entonces/
        otra vez en ese estado/otra vez en ese mismo lugar/that same dark place/same dark place/in that same place/
        back in that place/back to that place/back to that same place/back to that headspace""",
    "tried_word": """already tried/who already tried/who have tried/who tried before/i tried/ya lo intente/lo intente/
        intente hacerlo/que ya lo intentaron/que ya intentaron""",
    # talking like someone who is leaving
    "talk_leaving": """talk like someone who is leaving/talk like someone who is going/sound like someone who is leaving/
        sounds like someone who is leaving/talk like i am leaving/talking like i am leaving/sound like i am leaving/
        talk like someone saying goodbye/sound like i am saying goodbye/talking like someone who is leaving/
        hablo como alguien que se va/hablo como si me fuera/hablas como si te fueras/hablo como alguien que se despide/
        hablas como alguien que se va/hablo como si me estuviera despidiendo/talk like someone who's leaving/
        sound like someone who's leaving/sounds like someone who's leaving/talking like someone who's leaving/
        talk like someone who's going/sound like someone who's saying goodbye""",
    "maybe_right": """maybe she is right/maybe he is right/maybe they are right/she might be right/he might be right/
        she is not wrong/he is not wrong/tal vez tenga razon/quizas tenga razon/a lo mejor tiene razon""",
    # skin scratched with a tool, again, made small
    "scratch_tool": """scratching my arms with/scratching my arm with/scratched my arms with/scratch my arms with/
        scraping my arms with/scraping my skin with/scratching my legs with/scratching my wrists with/
        scratched my wrists with/rascandome los brazos con/rasgunandome los brazos con/me rasguno los brazos con/
        me raspo los brazos con/raspandome los brazos con""",
    "baby_harm": """hurting el bebe/hurt el bebe/hurting al bebe/hurting mi bebe/hurt mi bebe/hurting la bebe/hurting my bebe/
        harming el bebe/harming al bebe/lastimar the baby/lastimar al baby/lastimar a mi baby/hacerle dano al baby""",
    "meds": "the vet meds",
}
_extend(ROUND_THIRTY_NINE)
CONCEPT_GUARDS.update({
    "height_q": "!is_your/is_the/is_it/is_it_on/does_your/is_the_office/is_the_clinic/esta_la/es_la_clinica/is_your_office",
    "certain_end": "!the_appointment/my_appointment/insurance/coverage/the_infusion/the_booking/la_cita",
    "not_leave_alone": "!with/in/at/for/con/en/para/while/mientras/when/cuando/to",
    "need_nothing": ("!else/more/from/for/today/until/til/right_now/at/for_now/mas/hoy/por_ahora/de/after/afterwards/"
                     "before/once/post/during/the_day/the_night/right/special/to_bring/to_prep/to_do/to_pack/in/on/with/"
                     "despues/antes/durante/para/con/en/extra/other/additional/new/like/from_you/from_the"),
    "no_wait_see": ("!if/whether/what/how/si/que/cuando/when/who/why/which/about/at/in/booking/booked/i_booked/so_i_booked/"
                    "signing/signed/calling/so/i_am_booking/i_am_calling/reservando/ya_reserve/reserve/llame/i_called"),
    "sat_thinking": "!whether/if/what/how/si/que/como/for_a_moment_if/cuanto/how_hot/la_temperatura/the_temperature",
    "od_study": ("!at_the/for_babies/for_kids/for_children/for_infants/for_the_baby/for_baby/para_bebes/para_ninos/en_el/"
                 "del_pediatra/at/for_pets/for_dogs/on_the_label/in_the_pamphlet"),
    "not_here_long": ("!in_town/in_this_city/at/in/on/for/at_this_job/at_work/en_la_ciudad/en_este_trabajo/in_this_job/"
                      "because_we/visiting/just_visiting/only_visiting/just/only/solo/nada_mas/today/tonight/hoy/esta_noche/con/with/so_i/so_we/before_my"),
    "the_note": ("!for/to/from/on/of/in_the_lunchbox/para/a/de/del/the_teacher/from_the/card/the_doctor/the_daycare/"
                 "about/con/with"),
    "talk_leaving": "!for/on/to/the_country/town/her_job/his_job/work/a/para/el_pais/el_trabajo",
    "be_missed": "!at/at_work/if_i_take/if_i_skip/by_my_coworkers/at_the/en_el_trabajo/at_the_office",
    "scratch_tool": "!a_comb/the_brush/a_brush/lotion/cream/the_cream/my_nails/nails/my_fingernails/a_loofah/crema",
    "sleep_die": "!when_i_am_old/when_i_am/at_ninety/at_100/at_a/old/like_grandma/like_my/peacefully_at/de_vieja/de_viejo/cuando_sea",
    "cut_ties": "!for_a/for_lent/for_the/for_my_mental/for_a_while/for_a_week/for_a_month/por_un/por_una/to_focus",
})
# Read on both sides of a hit: a normal course explains taking them all; a move or an allergy explains the giving.
_CONTEXT = _CONTEXT | {"course_ok", "relocation", "contraceptive"}
EXPLAINED_BY.update({"all_swallow": frozenset({"course_ok"}), "sold_off": frozenset({"relocation"}),
                     "cut_ties": frozenset({"relocation"}), "hasten": frozenset({"contraceptive"}),
                     "how_many_take": frozenset({"course_ok"})})
TOLD_OF = TOLD_OF | {"all_swallow", "kept_meds", "us_both_end", "go_both", "sat_thinking", "relief_gone", "no_slow",
                     "same_headspace", "talk_leaving", "need_nothing", "not_around_then", "no_wait_see", "be_missed",
                     "scratch_tool", "cut_ties", "sold_off", "feel_light"}
NO_CHORE = NO_CHORE | {"scratch_tool"}  # skin scratched with a nail file "again" is no grooming mishap
SURE_WITH.update({"all_swallow": "meds hopeless time plan_take farewell bye", "od_study": "how_many_take",
                  "height_q": "certain_end", "us_both_end": "baby image_urge hold_to go_both",
                  "go_both": "not_leave_alone", "sleep_die": "image_urge hopeless",
                  "relief_gone": "keep_wishing", "talk_leaving": "maybe_right", "no_wait_see": "gets_better",
                  "same_headspace": "attempt", "scratch_tool": "repeated"})
SURE_TRIPLES += ("kept_meds meds brood_them", "sat_thinking bath baby", "sat_thinking tub_water baby",
                 "sat_thinking bath_run baby")
CONCERN_ALONE += ["all_swallow", "od_study", "us_both_end", "sleep_die", "no_slow", "need_nothing", "not_here_long",
                  "no_wait_see", "be_missed", "relief_gone", "talk_leaving", "scratch_tool", "same_headspace",
                  "appt_unneeded"]
CONCERN_PAIRS += ("od_word how_many_take", "height_q lethal", "go_both better_off_w",
                  "stopped_meds hasten", "the_note note_redo", "not_around_then cancel_all", "not_around_then by_then",
                  "cut_ties sold_off", "sold_off feel_light", "cut_ties feel_light", "given_away feel_light",
                  "be_missed move_on", "tried_word same_headspace", "gas_on hope_unsaid", "gas_on wish_word",
                  "od_study meds", "hasten meds",
                  "sat_thinking bath_run pron", "sat_thinking tub_water pron")
# Tried before the older sure rules, which a softener would take down to the check-in and stop at ("todavía tengo
# todas las pastillas de mi abuela y pienso en ellas": the grandmother is no story told of someone else).
FIRST_RULES = frozenset(frozenset(r.split()) for r in ("kept_meds meds brood_them", "all_swallow meds"))
_rules_before_39 = _rules


def _rules() -> tuple[tuple[Tier, frozenset[str]], ...]:
    rules = _rules_before_39()
    return tuple(r for r in rules if r[1] in FIRST_RULES) + tuple(r for r in rules if r[1] not in FIRST_RULES)
_HOPE_UNSAID = _HOPE_UNSAID | {"hoping", "esperando"}  # round 39: "I keep leaving the gas on and hoping"



def _concept_guard_more(concept: str, continuations: str) -> None:
    """Add continuations to a concept's own guard list."""
    old = CONCEPT_GUARDS.get(concept, "!")
    CONCEPT_GUARDS[concept] = old + ("/" if old != "!" else "") + continuations


_concept_guard_more("method", _EDGE_FIGURE + "/" + _WALL_OF)
_concept_guard_more("at_edge", _EDGE_FIGURE)
_concept_guard_more("crash_into", _WALL_OF)
_concept_guard_more("lethal", _TAKE_PURPOSE + "/" + _TREATMENT_NAMED + "/" + _ENOUGH_FOR)
_concept_guard_more("bare_lethal", _TREATMENT_NAMED)
_concept_guard_more("is_enough", _ENOUGH_FOR)
# "letting go of all the stress": "of" and an abstract thing; a person let go is read by its own entries
_concept_guard_more("let_go_of", "of")
_extend({"let_go_of": "letting go of the baby/letting go of my baby/let go of the baby/let go of her hand/let go of his hand/"
                      "soltar al bebe/soltar a mi bebe"})
# "a lot of both, meds and therapy": the two named are a treatment
_concept_guard_more("lot_both", "meds_and_therapy/therapy_and_meds/medication_and_therapy/therapy_and_medication/"
                    "meds_and_talk/sleep_and/love_and/patience_and/medicina_y_terapia/terapia_y_medicina/"
                    "pastillas_y_terapia")
SOFTENERS = SOFTENERS | {"event_named", "care_move", "traffic_named", "cargo", "enough_for"}
# Read by _schedule_left: an act stated anywhere in a message keeps "if I leave" read beside a schedule.
ACT_STATED = (frozenset(CORE) | RISK | {"euphemism", "house_empty", "plan_take", "take_all", "access", "do_it_plain",
                                              "have_all", "no_looking", "done_by_then", "gone_by_then"}) - {"absence", "bye"}
# Read by _window_tier: a softener named here softens nothing when any of these concepts is beside it (a schedule
# beside "I'll do it" or "before anyone gets home"; a thing thrown beside oneself after it; traffic beside a wish).
SOFTENER_VOID: dict[str, frozenset[str]] = {
    "throw_thing": frozenset({"jump_after", "then_me", "next_wish"}),
    "traffic_named": (RISK - {"means", "method"}) | {"euphemism", "image_urge", "on_purpose", "one_step", "jump_after"},
    "cargo": (RISK - {"means"}) | {"meds", "lethal", "amount"},
    "enough_for": (RISK - {"hoard"}) | {"euphemism", "plan_take", "take_all", "today_now", "wish_word"},
}
# ...and one named here softens only a rule made of these concepts (a party named beside a planned date for an empty
# house, a move beside a farewell to the clinic, traffic beside a bridge or a wall). Those in STEP_ONLY take a sure
# rule down to the check-in, never a check-in away.
STEP_ONLY = frozenset({"traffic_named", "cargo", "enough_for"})
_PLACE_RULE = frozenset({"means", "method", "high_spot", "bridge_again", "repeated", "at_edge", "crash_into", "driving",
                         "place"})
SOFTENS_ONLY: dict[str, frozenset[str]] = {
    "event_named": frozenset({"planned_it", "house_empty"}),
    "care_move": frozenset({"no_more_visits", "thanks_tried"}),
    "traffic_named": _PLACE_RULE,
    "cargo": frozenset({"means", "question", "how_much_q", "would_take", "in_car"}),
    "enough_for": frozenset({"meds", "own_meds", "access", "hoard", "numbers_run", "is_enough", "lethal", "question",
                             "amount"}),
}
OWN_AFTER_LOSS = OWN_AFTER_LOSS | {"go_too", "see_soon"}
RITE_TRIP = frozenset({"go_too", "see_soon"})  # read by _window_tier beside a funeral named
_CONTEXT = _CONTEXT | {"rite"}
EXPLAINED_BY["go_too"] = EXPLAINED_BY.get("go_too", frozenset()) | {"rite"}
SURE_WITH["jump_after"] = "throw_thing violence window_word place"
SURE_WITH["then_me"] = SURE_WITH.get("then_me", "") + " throw_thing"
SURE_WITH["next_wish"] = SURE_WITH.get("next_wish", "") + " throw_thing"
SURE_TRIPLES += ("plan_take take_all today_now",)
CONCERN_PAIRS += ("loss_told go_too", "loss_told see_soon", "take_all today_now", "take_all hopeless",
                  "then_me violence", "next_wish window_word", "burn_self nightly",
                  "do_it_plain house_empty")
TOLD_OF = TOLD_OF | {"go_too", "see_soon", "jump_after"}
NO_CHORE = NO_CHORE | {"calms_me"}  # "I burn myself on the bottle warmer every time, it calms me"

# Round 38 review (M1): a medicine's supply, a means or a plan to take it, held or named: one set for every everyday
# mask in safety.py that must never hide it (an old loss, a wait for treatment, an object thrown, a study of overdoses).
MEANS_HELD = frozenset({"means", "method", "access", "amount", "have_all", "supply", "stockpile", "take_all", "at_once",
                        "plan_take", "plan", "lethal", "attempt"})
# Round 38 review (C2): an injury told as meant, wished, enjoyed, repeated or used to cope ("I burned my hand on the
# bottle warmer, I do it when I'm overwhelmed", "...I wanted it to hurt"): never masked as a household mishap.
INJURY_MEANT = NO_CHORE | {"want_hurt", "quieting"}  # ("burned_again" also reads "burned my arm on the": no intent)
# ...where "clean" (sober of self-harm) is never the chore ("when I feel better I'll clean up", "clean the kitchen").
_guard_more(("clean",), "up/the/it/them/that/this/my/her/his/off/out/everything/house/kitchen/limpiar")
# ...and a harm told as a habit set off by something ("I do it whenever the crying gets too loud", "lo hago cada vez que
# llora"): meant, as "I do it when I'm overwhelmed" is.
LEXICON["on_purpose"] += "/i do it whenever/i do it every time/i do that whenever/i do this whenever/lo hago cada vez que/lo hago siempre que"

# Round 40, from batch 41's misses: each idea in wordings of its own, at the check-in (only recognition added).
# A farewell to the clinic said with finality ("I won't be coming to the next session. Or any.", "don't reschedule me"
# beside not making it, "ntp, no creo que llegue"); a calm list of last things ending in a drive and thanks for
# everything; what becomes of a baby if the mother dies, asked to arrange things; a pet and belongings given away and
# peace felt; a treatment hoped NOT to be safe; a harm told as "accidental" and then not; the partner's next wife or
# next baby, "I wasn't joking"; a goodbye being written; not seeing oneself exist past a time.
ROUND_FORTY = {
    "or_any_more": """next session or any/next appointment or any/next visit or any/next infusion or any/next one or any/
        or any after that/or any other session/or any other appointment/or any of the others/or any of them ever/
        or ever again/ni a ninguna otra/ni a ninguna mas/ni a las siguientes/ni a ninguna de las siguientes/
        ni a ninguna despues/next one or ever/nxt apt or any/next apt or any/next appointment or ever/next session or ever/
        a la proxima ni a ninguna/a la siguiente ni a ninguna""",
    "no_resched": """do not reschedule me/dont reschedule me/do not reschedule it/no need to reschedule me/
        do not bother rescheduling/do not rebook me/do not book me again/no need to rebook/
        no me reagenden/no me reprogramen/no hace falta reagendar/no me vuelvan a agendar/no me den otra cita/
        no hace falta otra cita/no me busquen otra cita""",
    "not_make_it": """not going to make it/will not make it/wont make it/can not make it/not make it to/
        no voy a poder ir/no voy a llegar/no voy a poder llegar/no voy a alcanzar a ir/no creo que llegue/no creo llegar/
        no voy a estar""",
    "dont_worry": "ntp/no te preocupes/no se preocupen/no se preocupe/do not worry/dont worry/no worries about me",
    # review 40: "or any (ever)" is a farewell only beside not coming ("I won't be at the next session, or any")
    "not_attend": """will not be at/wont be at/will not be coming/wont be coming/not coming to/not coming back/
        not going to come/not gonna come/not be there for/am not coming/i am not going to the/skip the next/skipping the next/
        cancel the next/cancel my/cancel all my/cancel all of/no voy a ir/no voy a estar en/no ire a/no vendre a/no voy a venir/
        no voy a regresar/no vuelvo a ir/cancelen mi/cancela mi/cancelar mi/cancelen todas""",
    "calm_last": """nothing dramatic/it is nothing dramatic/nada dramatico/no es nada dramatico/go for my drive/
        go on my drive/take my drive/irme a manejar/salir a mi paseo en carro/ir a dar mi vuelta en el carro""",
    "if_mom_dies": """if their mom dies/if the mom dies/if the mother dies/if his mom dies/if her mom dies/if a mom dies/
        if mom dies/if a mother dies/if the mom passes away/if the mother passes away/when the mom dies/
        si la mama se muere/si la mama muere/si la madre muere/si la madre se muere/si su mama muere/si su mama se muere/
        si su madre muere/si su madre se muere/si la mama fallece/si la madre fallece/si me muero yo""",
    "to_arrange": """so i can plan/so i can prepare/so i can get things in order/so i can make arrangements/
        so i can arrange things/so i can arrange everything/so i can leave everything arranged/to leave everything arranged/
        leave everything in order/para dejar todo arreglado/para dejar todo listo/para dejar todo en orden/
        para dejarlo todo arreglado/para organizar todo/para planearlo/para planear/para tener todo listo""",
    "estate_ctx": """our will/our wills/a will for/estate planning/life insurance/seguro de vida/the lawyer/el abogado/
        guardianship papers/godparents/padrinos/nuestro testamento/for our paperwork/para nuestros papeles""",
    "gave_keep": """regale mi perrita/regale mi perrito/regale mi perro/regale a mi perrita/regale a mi perrito/regale mi gata/
        regale mi gatita/regale mi gatito/regale a mi gata/regale mis joyas/le di mis joyas/regale mis cosas/
        regale mis anillos/regale mi ropa/gave away my jewelry/gave my jewelry to/gave away my rings/gave my rings to/
        gave my necklace to/gave away my necklace/gave away my things/gave away my stuff/gave away my cat/
        gave away my puppy/gave my puppy to/gave my cat to/gave my dog to/gave away my dog""",
    "feel_peace": """siento paz/siento mucha paz/me siento en paz/estoy en paz/ya estoy en paz/i feel at peace/feel at peace/
        i feel peaceful/i feel peace/i am at peace now/at peace now/feel so calm now""",
    "declutter": """declutter/decluttering/konmari/minimalism/minimalist/ordenando la casa/el desorden/limpieza de closet/
        moving/mudanza/nos mudamos/allergic/allergy/alergia/alergica/travel/traveling/viaje/de viaje""",
    "hope_unsafe": """kind of hope it is not/i hope it is not/hoping it is not/half hope it is not/part of me hopes it is not/
        secretly hope it is not/kind of hope it isnt/hope it isnt/ojala que no lo sea/espero que no lo sea/ojala no lo sea/
        ojala que no sea seguro/espero que no sea seguro/medio espero que no/en parte espero que no lo sea""",
    "safe_q": "is it safe/is it dangerous/is it risky/es seguro/es peligroso/can it kill/puede matar/is it deadly",
    "not_accident": """it is not accidental/it was not accidental/not accidental/it is not an accident/
        it was not an accident/was not really an accident/
        no es accidental/no fue accidental/no es un accidente/
        not so accidentally/no tan accidentalmente""",
    "next_wife": """his next wife/your next wife/his next partner/his next girlfriend/her next husband/
        the next baby with his/next baby with his/his new wife after me/when he remarries/when he gets remarried/
        su proxima esposa/su siguiente esposa/su proxima mujer/tu proxima esposa/tu siguiente esposa/
        el proximo bebe con su/cuando se vuelva a casar/cuando te vuelvas a casar""",
    "not_joke": """i was not joking/i am not joking/i was not kidding/i am not kidding/it was not a joke/
        was not a joke/thought i was joking/thought i was kidding/no estaba bromeando/no era broma/no es broma/
        no bromeaba/lo dije en serio/lo decia en serio/penso que era broma/creyo que era broma""",
    "goodbye_written": """writing my goodbye/write my goodbye/wrote my goodbye/my goodbye letter/my goodbye note/
        writing my goodbyes/escribiendo mi despedida/escribi mi despedida/escribir mi despedida/mi carta de despedida""",
    "no_exist_past": """can not see myself existing/cannot see myself existing/can not see myself being alive/
        can not see myself alive/can not picture myself alive/can not picture myself existing/can not imagine myself alive/
        can not see myself being here past/can not see myself past/no me veo existiendo/no me veo viva/
        no me imagino viva/no me veo despues de/no me imagino existiendo""",
    "no_recover": """and just do not recover/and do not recover/and just not recover/and never recover/and not wake up from it/
        y ya no me recupere/y no me recupere/y no recuperarme/y no salir de esa/y ya no salir""",
    "not_stopping": """think about just not stopping/think about not stopping/thinking about not stopping/
        about just not stopping/just not stopping next time/not stopping next time/pienso en no frenar/
        pienso en no parar/pensando en no frenar/en ya no frenar/no frenar la proxima vez""",
}
_extend(ROUND_FORTY)
CONCEPT_GUARDS.update({
    # review 40: guarded only where the booking is put off ("don't reschedule me yet/until..."); alone it alarms only
    # beside not making it ("don't reschedule me. I won't make it"), never beside a visit
    "no_resched": "!yet/until/til/till/hasta/todavia/aun/please_until",
    "not_make_it": ("!on_time/in_time/to_the_party/to_work/a_tiempo/temprano/tarde/con/a_las/because/porque/today/hoy/"
                    "tuesday/monday/wednesday/thursday/friday/saturday/sunday/el_martes/el_lunes/el_miercoles/el_jueves/"
                    "el_viernes/el_sabado/el_domingo/tomorrow/tonight/manana/esta_noche/this_weekend/el_fin/next_week/"
                    "la_proxima_semana/por/for/this_week/esta_semana/antes/before/until/hasta/by/at/en/al/del/home/a_casa"),
    "or_any_more": ("!reunion/fiesta/party/meeting/junta/clase/class/de/otra_cosa/persona/until/till/til/hasta/before/"
                    "antes/unless/a_menos/for/this/while/mientras/soon/pronto/in/en/this_month/este_mes"),
    "hope_unsafe": ("!a/an/the/too/to/going/gonna/that/so/un/una/muy/tan/demasiado/bad/serious/dangerous/risky/"
                    "harmful/painful/unsafe/expensive/caro/peligroso/doloroso/grave/malo/long/a_problem/for/for_the/"
                    "para/haya/pase/tenga/me/le/duela/raining/lloviendo/contagious/covid/infectious/catching/sick/"
                    "the_flu/flu/a_virus/contagioso/contagiosa/covid/grave/cancer/broken/roto/rota/sea_caro"),
    "calm_last": "!with_the/with_my/about_the/side_effects/so_far/yet/con_los/con_la/con_el/hasta_ahora/todavia",
    "goodbye_written": ("!speech/card/email/post/to_my_coworkers/to_the_team/discurso/tarjeta/para_el_trabajo/at_work/for/para/"
                        "to_breastfeeding/to_nursing/to_pumping/to_the_pump/to_my_job/to_my_class/a_la_lactancia/al_trabajo/"
                        "to_the_bottle/to_my_maternity"),
    "no_recover": ("!my/the/from/until/fully/completely/mi/el/la/hasta/quickly/fast/in_time/a_tiempo/for/de/rapido/bien/"
                   "my_sense/the_data/the_file/el_archivo"),
    "not_stopping": ("!for/to/at_the_store/until/til/for_coffee/para/hasta/working/eating/talking/trabajar/comer/hablar/"
                     "the_car_in_time/at/en/scrolling/reading/leer/therapy/treatment/ketamine/my_meds/the_meds/meds/"
                     "medication/breastfeeding/nursing/pumping/terapia/el_tratamiento/la_terapia/la_ketamina/"
                     "la_lactancia/my_therapy/the_therapy/my_treatment/the_treatment/the_infusions/my_sessions/sessions"),
    "no_exist_past": "!without/sin/in_that/in_this_job/at/en_ese/en_esa/working/trabajando/as/como/with/con/living_in/viviendo_en",
})
_CONTEXT = _CONTEXT | {"estate_ctx", "declutter"}
EXPLAINED_BY.update({"if_mom_dies": frozenset({"estate_ctx"}), "gave_keep": frozenset({"declutter"}),
                     "feel_peace": frozenset({"declutter"})})
TOLD_OF = TOLD_OF | {"not_make_it", "gave_keep", "goodbye_written", "or_any_more"}
CONCERN_ALONE += ["goodbye_written", "no_exist_past", "no_recover", "not_stopping"]
CONCERN_PAIRS += ("no_resched not_make_it", "not_make_it dont_worry", "or_any_more not_attend", "or_any_more not_make_it",
                  "or_any_more no_resched", "calm_last bye",
                  "if_mom_dies to_arrange", "if_mom_dies plan", "gave_keep feel_peace", "sold_off feel_peace",
                  "given_away feel_peace", "gave_keep feel_light", "hope_unsafe safe_q", "hope_unsafe medical",
                  "not_accident hot_thing", "not_accident accident", "not_accident body", "next_wife not_joke")
TOLD_OF = TOLD_OF | {"calm_last", "feel_peace", "no_exist_past"}
# Things of one's own given away: the neighbour or cousin given them is who received, no story of someone else.
SOFTENER_VOID["others"] = SOFTENER_VOID.get("others", frozenset()) | {"gave_keep"}
# "i hav a plan n a date": a plan and a date held, said short
_extend({"plan_date": "i hav a plan n a date/have a plan and a date/got a plan and a date/tengo un plan y una fecha/tengo plan y fecha/ya tengo plan y fecha"
         "/got a plan n date/have a plan n date/got a plan n a date/a plan and a date set/plan n date/got plan and date"
         "/tengo plan y dia/ya tengo el plan y la fecha"})
CONCEPT_GUARDS["plan_date"] = "!night/nights/for/to/with/con/para/de/con_mi/set/on/at/in/picked_for"
CONCERN_ALONE += ["plan_date"]

# Round 40 review: the last day of a job "and of everything", a machine that died "and soon so will I": the writer
# joined on to an everyday ending is the sure tier (the everyday masks in safety.py never take it).
_extend({"last_day_of": "last day of/last day at/last day in/ultimo dia de/ultimo dia en/last week of/ultima semana de",
         "all_of_it": """and of everything/and of my life/and of this life/and of it all/and of life/y de todo/y de mi vida/
             y de esta vida/y en esta vida/y de la vida/and everything else for good""",
         "self_next": """and soon so will i/soon so will i/and so will i soon/so will i soon/and soon me/y pronto yo/and shortly so will i/
             shortly so will i/and shortly me/i should to/maybe i should to/
             y yo pronto/yo pronto tambien/maybe i should too/i should too/maybe i should die too/me next/sigo yo"""})
SURE_WITH["all_of_it"] = "last_day_of"
SURE_WITH["self_next"] = "dead loss_told idiom"  # "my phone died" reads as an idiom: the idiom is the ending joined

# Round 40 (b), the rest of batch 41's rules-alone misses, generalised the same way (check-ins): belongings put in
# envelopes with names "while I still have the energy"; "I've made my peace, don't worry"; a wish for death said to be
# meant literally; the body wanting it to be over, just done; "halfway out the door" with a note; a mistake that one was
# kept alive, finishing what a hemorrhage started; sitting in the car "with everything I need".
ROUND_FORTY_B = {
    "labelled_give": """in envelopes with/envelopes with their names/envelopes with my/with their names on them/
        with names on them/with my sisters names/with my kids names on/sobres con sus nombres/sobres con el nombre/
        sobres con los nombres/labeled with their names/labelled with their names/con el nombre de cada""",
    "still_energy": """while i still have the energy/while i still have energy/while i still can/while i am still here/
        mientras todavia tengo energia/mientras aun tengo energia/mientras aun puedo/mientras todavia puedo/
        mientras sigo aqui/mientras todavia estoy aqui""",
    "made_peace": """i have made my peace/made my peace/ya hice las paces/ya hice mis paces/estoy en paz con todo/
        made peace with everything/made my peace with everything/ya me despedi en paz""",
    "literal_meant": """i mean that literally/i mean it literally/i mean that literaly/not as a joke/lo digo literal/
        lo digo literalmente/no lo digo en broma/no como broma""",
    "be_over": """wants to be over/want it all to be over/wants it all to be over/want everything to be over/
        quiere que se acabe/quiere que todo se acabe/quiero que todo se acabe/quiere acabarse""",
    "halfway_out": """halfway out the door/half way out the door/already halfway gone/con un pie afuera/ya medio ida/
        con un pie fuera""",
    "note_have": """i have a note/have a note in/a note in my purse/a note in my bag/a note in my pocket/tengo una nota/
        traigo una nota/una nota en mi bolsa/una nota en la bolsa/una nota en el bolsillo""",
    "finish_started": """finish what the bleeding started/finish what the hemorrhage started/finish what the accident started/
        finish what the birth started/finish what the delivery started/
        terminar lo que empezo la hemorragia/terminar lo que empezo el sangrado/terminar lo que empezo el parto/
        acabar lo que empezo la hemorragia/acabar lo que empezo el parto/terminar lo que empezo el accidente""",
    "kept_alive_wrong": """made a mistake keeping me alive/mistake to keep me alive/mistake keeping me alive/
        should have let me die/should not have saved me/shouldnt have saved me/se equivoco al dejarme viva/
        se equivoco al salvarme/debio dejarme morir/no me debieron salvar/no debieron salvarme""",
    "everything_need": """with everything i need/i have everything i need/got everything i need/have everything i need/
        tengo todo lo que necesito/con todo lo que necesito/ya tengo todo lo que necesito""",
    "tell_someone": """just wanted to tell someone/wanted to tell someone/needed to tell someone/had to tell someone/
        solo queria decirle a alguien/queria contarle a alguien/necesitaba decirle a alguien/solo queria que alguien supiera""",
}
_extend(ROUND_FORTY_B)
CONCEPT_GUARDS.update({
    "made_peace": "!with_the/with_my/with_it/with_that/with_her/with_him/con_el/con_la/con_mi/about/over/with_being/with_not/with_formula",
    "be_over": "!with/so/soon/already/by/before/ya/pronto/con/antes/for/para/quickly/fast",
    "everything_need": ("!for/to/para/packed/in_the/in_my_bag/en_la/en_mi/for_the/from/de/thanks/gracias/right_here/"
                        "for_the_trip/for_the_baby/del/al/at_the_store"),
    "finish_started": "!on/at/in/en/with/con/the_garden/el_jardin",
    "halfway_out": "!at_work/of_this_job/of_my_job/of_the_job/on_my_way/to_the/al_trabajo/del_trabajo/to_work",
})
TOLD_OF = TOLD_OF | {"labelled_give", "made_peace", "be_over", "halfway_out", "kept_alive_wrong", "everything_need"}
CONCERN_ALONE += ["kept_alive_wrong", "finish_started"]
CONCERN_PAIRS += ("labelled_give still_energy", "made_peace dont_worry", "made_peace bye", "literal_meant dead",
                  "literal_meant death", "be_over done_word", "halfway_out note_have", "halfway_out medical",
                  "everything_need in_car", "everything_need tell_someone", "everything_need sits_in")

# Round 41, from batch 42's rules-alone misses: each idea in wordings of its own, at the check-in (only recognition
# added). A method asked with no object named ("how do people do it painlessly", "the surest way, no hotline", "which
# vein is best", "where do you cut so it works", "the drug that would make my heart stop"); a whole supply taken, told
# short with an apology; a skull and a bye; "love them, thanks for trying"; a baby's things given "for after" or boxed
# "for whoever takes her"; what one would wear chosen so mom doesn't have to; a wish for a plane to fall, for a pause
# "permanently", for the last waking "ever", to stop taking up space; medicines saved "just in case"; the car running
# in the garage; the kids away "for good"; an urge to bang the baby's head, to snap and do something to him, both
# asleep for good; bites and bruises given oneself; decided and cancelling; a letter left for husband and children;
# crashing the car on purpose; "a real ghost"; a fist through a window; floating off a roof.
ROUND_FORTY_ONE = {
    "painless_do": """do it painlesly/do it painlessly/do it without pain/do it without it hurting/do it so it does not hurt/
        do it without feeling it/hacerlo sin dolor/hacerlo sin que duela/lo hacen sin dolor/lo hacen sin que duela/
        hacerlo sin sentir nada""",
    "no_hotline": """do not give me a hotline/dont give me a hotline/no hotline numbers/no hotlines/do not send me a hotline/
        do not want a hotline/do not want a crisis number/do not give me a crisis number/no crisis numbers/
        do not tell me to call/no me des una linea/no me den una linea/no me des el numero de crisis/
        no me mandes a una linea/sin lineas de crisis/no quiero una linea de ayuda""",
    "best_way": """most efective way/the surest way/surest way/quickest way that/fastest way that/the most reliable way/
        la forma mas efectiva/la manera mas efectiva/la forma mas segura de que funcione/la forma mas rapida/
        la manera mas rapida""",
    "which_vein": """which vein is best/which vein works best/what vein is best/which vein would/which vein should i/
        what vein should i/cual vena es mejor/que vena es mejor/cual vena sirve/que vena debo/cual vena debo/
        whats the best vein/what is the best vein/best vein to/cual es la mejor vena/la mejor vena para""",
    "lab_ctx": """iv/blood draw/draw blood/blood test/bloodwork/blood work/lab/labs/the nurse/phlebotomist/infusion/
        my appointment/analisis/sacar sangre/extraccion/laboratorio/la enfermera/la infusion/mi cita/
        nedle/needle/aguja/piquete/shot/inyeccion/epidural/labor/delivery/el parto/tattoo/tatuaje/piercing/waxing/depilar""",
    "cut_where": """where do you cut/where should i cut/where to cut/where exactly do you cut/where exactly should i cut/
        where do i cut/how deep do you cut/how deep should i cut/donde me corto/donde cortar/donde debo cortar/
        donde se corta/que tan profundo cortar/que tan hondo me corto""",
    "so_it_works": """so it works/so it actualy works/so that it works/for it to work/so it is enough/so it is final/
        para que funcione/para que sirva/para que sea suficiente/para que si funcione""",
    "drug_asked": """what drug would/which drug would/the drug that would/a drug that would/what pill would/which pill would/
        what medication would/which medication would/que droga/que medicamento haria/que pastilla haria/
        cual pastilla haria""",
    "heart_made_stop": """make my heart stop/make my heart just stop/just make my heart stop/my heart would stop/
        hiciera que mi corazon se parara/que se me pare el corazon/que mi corazon se detenga/parar mi corazon""",
    "so_tired": "i am so tired/i am just so tired/so so tired/estoy tan cansada/estoy tan cansado/estoy muy cansada de todo",
    "sorry_kin": """sory mom/sory mama/sory dad/sory babe/i am sory mom/i am sory babe/i am sory baby/sory kids/
        perdon mama/perdoname mama/lo siento mama/lo siento mi amor/perdon hijos/perdonenme""",
    "whoever_takes": """for whoever takes her/for whoever takes him/for whoever takes them/for whoever takes the baby/
        whoever ends up with her/whoever ends up with him/whoever gets her/whoever gets him/whoever takes care of her after/
        para quien se quede con ella/para quien se quede con el/para quien la cuide despues/para quien lo cuide despues/
        para quien se quede con mi bebe""",
    "give_things": """giving the babys clothes/giving her clothes/giving his clothes/giving my things/giving away the babys/
        giving away her things/giving away his things/giving the baby stuf/giving my baby clothes/giving my babys/
        give my baby clothes/gave my babys things/regalando la ropa/regalando sus cosas/dando la ropa de/dando la ropa del/regalando la ropa del/dandole la ropa del/
        dandole la ropa/dandole sus cosas""",
    "wear_chosen": """what i would wear/what i will wear/what i am wearing when/what to bury me in/my outfit/
        que me pondria/que ropa me pondrian/la ropa que me pongan/mi vestido para""",
    "spare_choice": """so my mom does not have to pick/so my mom does not have to chose/so nobody has to pick/
        so no one has to pick/so nobody has to chose/so they do not have to pick/so they do not have to chose/
        so my husband does not have to pick/so he does not have to pick/para que mi mama no tenga que escoger/
        para que mi mama no tenga que elegir/para que nadie tenga que escoger/para que nadie tenga que elegir""",
    "fell_on_me": """fel on my house/fel on me/fel on the house/crashed into my house/crashed on my house/landed on me/
        cayera en mi casa/me cayera encima/cayera sobre mi casa/se cayera encima de mi""",
    "pause_all": """pause on everything/pause everything/pause on life/pause my life/pause on my life/pause it al/
        pausar todo/ponerle pausa a todo/ponerle pausa a mi vida/pausar mi vida""",
    "last_wake_ever": """last time i ever wake up/last time i wake up ever/last morning i ever wake up/the last time i ever open my eyes/
        la ultima vez que despierte en mi vida/la ultima vez que me despierte en mi vida""",
    "last_wake": """last time i have to wake up/last time i ever have to wake up/last morning i wake up/la ultima vez que me despierto/la ultima vez que despierte/ultima vez que tenga que despertar""",
    "mean_ever": """i mean the last time ever/and i mean ever/the last time ever/i mean forever/i mean for good/
        y digo para siempre/me refiero a para siempre/la ultima vez de verdad""",
    "take_space": """if i stoped taking up space/i stoped taking up space/i should stop taking up space/me to stop taking up space/
        i want to stop taking up space/i wish i could stop taking up space/i quit taking up space/i stop taking up space/
        si yo dejara de ocupar espacio/si dejara de ocupar espacio/quiero dejar de ocupar espacio/deberia dejar de ocupar espacio""",
    "saved_meds": """saved my oxycodone/saved my percocet/saved my vicodin/saved my opioids/saved my pain pils/saved al my/
        kept al my leftover/saved my leftover/kept my leftover/saving my leftover/guarde todas mis/guarde mis pastillas/
        guarde mi oxicodona/guarde las pastillas del dolor/guardando mis pastillas""",
    "car_running": """car is runing/car runing/engine runing/engine is runing/engine on/motor prendido/carro prendido/
        caro prendido/el caro encendido/el motor encendido/con el motor prendido""",
    "garage_w": "garage/garaje/cochera",
    "skull_bye": "skul skul bye/bye skul skul/skul skul godbye/skul godbye/godbye skul/cofin bye/skul skul adios/adios skul",
    "urge_bang": """urge to bang/urge to slam/urge to shake/urge to hit/want to bang/wanted to bang/wanting to bang/
        ganas de golpear/ganas de azotar/ganas de sacudir/ganas de pegarle""",
    "snap_do": """snaps and does something/snap and do something/snapped and did something/snaps and hurts/
        me quiebre y le haga algo/pierda el control y le haga algo/perder el control y le haga algo/perder el control y hacerle algo/
        perder el control y hacerle dano/explote y le haga algo""",
    "stay_asleep": """went to slep and stayed asleep/go to slep and stay asleep/fel asleep and stayed asleep/
        slep and never wake/slep and stay asleep/dormirnos y no despertar/dormir y ya no despertar/
        nos dormimos y no despertamos/dormirnos para siempre""",
    "both_us": "we both/both of us/the two of us/him and me/her and me/the baby and i/los dos/ambos/nosotros dos",
    "self_marks": """bite marks i gave myself/bit myself/biting myself/bite myself/me mordi/me muerdo/mordidas que me hice/
        pul my hair out on purpose/puled out so much hair/pulled out so much hair/me arranco el pelo/me arranque el pelo""",
    "bruise_self": """hasta que me salen moretones/hasta que me salgan moretones/hasta dejarme moretones/me dejo moretones/
        until i bruise/until i am bruised/until it bruises/bruises i gave myself""",
    "decided_done": "i already decided/i have already decided/already decided/ya lo decidi/ya decidi/ya tome la decision/my mind is made up",
    "if_she_dies": """si ella se muere/si ella muere/si ella se muriera/si el se muere/si el se muriera/si yo me muriera/
        if she died/if she dies/if he died/if he dies/if i died""",
    "all_better": """todos estariamos mejor/estariamos mejor/todos estarian mejor/todos estarán mejor/we would al be better/
        everyone would be better/we would be better of""",
    "letter_for": """una carta para mi esposo/una carta para mis hijos/una carta para mis ninos/una carta para mi familia/
        cartas para mis hijos/a letter for my husband/a letter to my husband and/letters for my kids/a letter for my kids/
        letters to my kids/a letter for my family""",
    "kept_at": """it is in the drawer/in the drawer/esta en el cajon/en el cajon/on the kitchen table/on the nightstand/
        en la mesa/under my pillow/debajo de mi almohada/in my nightstand""",
    "crash_car": """chocar el caro/chocar el coche/estrellar el caro/estrellarme/crash the car/crash my car/drive into a tree/
        drive of the road/chocar contra/chocarlo""",
    "real_ghost": """rather be a real ghost/be an actual ghost/be a real ghost/ser un fantasma de verdad/prefiero ser un fantasma/
        become a real ghost""",
    "fist_window": """put my fist through the window/put my fist through a window/punched through the window/
        punched the window/puse el puno por la ventana/rompi la ventana con el puno/meti el puno por la ventana""",
    "float_off": "floating of the rof/float of the rof/floating of the balcony/float of the edge/flotar desde la azotea/flotar desde el techo",
    "to_stop_breath": """together to stop breathing/enough to stop breathing/so i stop breathing/so i would stop breathing/
        to make me stop breathing/juntos para dejar de respirar/suficiente para dejar de respirar/para que deje de respirar""",
}
_extend(ROUND_FORTY_ONE)
CONCEPT_GUARDS.update({
    "painless_do": "!at_the/at_home/with/con/for_the_baby/for_him/for_her/in_labor/during/durante",
    "decided_done": "!to/on/that/between/which/what/where/whether/if/que/a/de/entre/cual/donde/si/against/not",
    "spare_choice": "!me_up/up/me/recogerme/por_mi",
    "car_running": "!late/behind/out_of/low/lejos",
    "wear_chosen": "!to_the/to/for_the/for_my/a_la/al/para_la/para_el/tomorrow/manana",
    "last_wake": "!at/early/before/for_work/para_el_trabajo/temprano",
    "crash_car": "!into_me/en_el_estacionamiento/in_the_parking/by_accident/sin_querer/por_accidente",
    "letter_for": "!birthday/anniversary/aniversario/cumpleanos/valentines/for_our",
    "stay_asleep": "!al_night/through_the_night/til/until/for/toda_la_noche/hasta/early/late/again",
    "whoever_takes": "!shift/turno/place/lugar/class/clase/order/pedido/call/llamada/spot/seat/job/trabajo",
    "self_marks": "!my_nails/my_lip/my_tongue/las_unas/el_labio/la_lengua/by_accident/sin_querer",
})
_CONTEXT = _CONTEXT | {"lab_ctx"}
# a needle, a lab or a birth explains a vein or a pain asked about
for _asked in ("which_vein", "painless_do"):
    EXPLAINED_BY[_asked] = EXPLAINED_BY.get(_asked, frozenset()) | {"lab_ctx"}
CONCERN_ALONE += ["whoever_takes", "which_vein", "take_space", "real_ghost", "fist_window", "self_marks", "skull_bye", "last_wake_ever", "to_stop_breath"]
CONCERN_PAIRS += ("painless_do person", "painless_do do_it_plain", "painless_do question", "painless_do euphemism", "no_hotline way_q",
                  "no_hotline best_way", "no_hotline question", "cut_where so_it_works", "self_harm so_it_works",
                  "drug_asked heart_made_stop", "drug_asked stop_heart", "heart_made_stop question",
                  "took_all_my sorry", "care_close thanks_trying",
                  "for_after give_things", "for_after given_away", "whoever_takes baby", "whoever_takes pron",
                  "wear_chosen spare_choice", "fell_on_me grateful", "fell_on_me wish_word", "pause_all forever",
                  "last_wake mean_ever", "float_off image_urge", "last_wake forever", "saved_meds just_in_case", "hoard just_in_case",
                  "car_running garage_w", "kids_away forever", "urge_bang baby", "urge_bang pron", "snap_do baby",
                  "snap_do pron", "stay_asleep both_us", "self_harm bruise_self", "decided_done miss_visit",
                  "all_better if_she_dies", "letter_for kept_at", "crash_car on_purpose",
                  "to_stop_breath meds")
# A decision told beside a cancelled visit: the "no-show" fee is no TV show.
NOT_MEDIA = NOT_MEDIA | {"decided_done"}
# ...and the same ideas in their other common shapes: "wish a bus would just hit me"; old pills kept, "a lot of them";
# "in the garage and it's running"; all of one's insulin at once.
_extend({
    "hit_me_wish": """would just hit me/would hit me on/would run me over/would just run me over/would just take me out/
        me atropellara/me pegara un caro/me chocara un caro/me atropellara un caro""",
    "old_kept": """old sleping pils/old pain pils/old pils/old meds/old prescriptions/old oxy/old percocet/old xanax/
        pastillas viejas/viejas pastillas/pastillas de mi abuela/pastillas viejas de mi""",
    "many_of_them": """a lot of them/a whole lot of them/so many of them/there are tons of them/a ton of them/
        hay muchas/un monton de ellas/son muchas/son un monton""",
    "car_running": "and it is runing/it is stil runing/with it runing/left it runing/y esta prendido/y sigue prendido/y esta encendido",
    "insulin_all": """my insulin al at once/al my insulin/al of my insulin/my whole insulin/the whole insulin pen/
        toda mi insulina/toda la insulina de una vez/mi insulina toda junta/toda la insulina junta""",
    "saved_it": """i saved my/saved al my/saved al of my/kept al my/kept al of my/saving al my/been saving my/kept my post/
        saved my post/al of it/every single one of them/guarde mis/guarde todas mis/guarde toda mi/las guarde todas/todas ellas""",
})
CONCEPT_GUARDS["hit_me_wish"] = "!with/up/back/con"
CONCERN_PAIRS += ("hit_me_wish wish_word", "old_kept many_of_them", "insulin_all image_urge", "insulin_all at_once",
                  "saved_it meds just_in_case", "saved_it drug_name just_in_case")
# ...but not old medicines asked how to throw out, nor "a lot of them have side effects".
_extend({"dispose_ctx": """throw them out/throw them away/dispose of them/disposal/get rid of them/take back day/
    drop them off/tirarlas/desecharlas/deshacerme de ellas/tirar las pastillas"""})
_CONTEXT = _CONTEXT | {"dispose_ctx"}
EXPLAINED_BY["old_kept"] = EXPLAINED_BY.get("old_kept", frozenset()) | {"dispose_ctx"}
CONCEPT_GUARDS["many_of_them"] = "!have/had/are/were/do/did/work/worked/made/make/tienen/son/me/hacen"
# Whose old pills they were (a grandmother's) tells no story of hers: the pills are kept within reach.
TOLD_OF = TOLD_OF | {"old_kept", "saved_meds", "saved_it"}


# Round 42, from batch 43's rules-alone misses and others found this round: each idea in wordings of its own, a
# check-in unless unmistakable. Eyes hoped not to open; a list of who gets what; bills and records arranged so no one
# has "to deal with it after"; a beneficiary changed beside accounts written down; a placeholder deleted; one's story
# at its last page; a vital medicine stopped "a few days ago", asked how long before too late; the baby's things
# dropped off and nothing else needed; bottles of painkillers "just in case"; a bridge that looks like an option; a
# palm held on a burner; what would hold one's weight; everyone getting over it, comforting; not eating on purpose;
# alone to an empty place with the medicine cabinet; a plan kept from the police; a birth wished gone wrong; a hair
# tie's welts getting worse; days without water before one dies; a nicer funeral than a birthday; a lethal mix that
# "would be convenient"; one's head hit against a wall, or one's legs, when things get loud; how long before someone
# found me; someone else's date picked and "the stuff" bought; leaving permanently without hurting anyone; the house
# emptied for "what I have to do"; the door closed for good; logging off for good; a candle blown out; a baby
# "safer with god"; one's hand at a baby's throat; a heart attack wished in one's sleep; vomiting as punishment; a
# letter "por si ya no estoy"; "ya no pienso seguir"; being revived regretted; a red light not stopped at. And the
# sure tier for the clear ones: throwing oneself out of a window, joining someone who killed himself, "not safe"
# beside thoughts of harming oneself.
ROUND_FORTY_TWO = {
    "eyes_unopened": """do not open my eyes/dont open my eyes/never open my eyes/not open my eyes/not to open my eyes/
        not opening my eyes/no abra los ojos/no abrir los ojos/ya no abrir los ojos/no volver a abrir los ojos/
        nunca mas abrir los ojos/no vuelva a abrir los ojos""",
    "eyes_never": """never open my eyes again/not open my eyes again/not have to open my eyes again/
        no volver a abrir los ojos/nunca mas abrir los ojos/no vuelva a abrir los ojos""",
    "who_gets_list": """a list of who gets what/list of who gets what/a list of who gets my/list of who gets my/
        wrote down who gets my/wrote down who gets what/who gets my things/who gets my stuff/
        una lista de quien se queda con/lista de quien se queda con mis/lista de a quien le toca/
        quien se queda con mis cosas/a quien le dejo mis cosas""",
    "deal_after": """have to deal with it after/have to deal with anything after/have to deal with it afterwards/
        have to deal with all of it after/to deal with it after/have to deal with any of it after/
        have to deal with it all after/have to deal with that after/
        lidiar con nada despues/lidiar con eso despues/lidiar con todo despues/batallar con nada despues/
        batallar con eso despues/encargarse de nada despues/preocuparse de nada despues""",
    "spare_other": """so my husband/so he/so she/so they/so nobody/so no one/so my family/so my mom/so my partner/
        so my wife/so my kids/so my sister/para que el/para que ella/para que nadie/para que mi esposo/para que mi familia/
        para que mis hijos/para que mi mama/para que ellos""",
    "benef_changed": """changed the beneficiary/changed my beneficiary/change the beneficiary/changing the beneficiary/
        updated my beneficiary/updated the beneficiary/cambie el beneficiario/cambie al beneficiario/
        cambie mi beneficiario/actualice el beneficiario""",
    "accounts_written": """wrote down all the accounts/wrote down all my accounts/wrote down my accounts/
        wrote down all my passwords/wrote down my passwords/all the accounts for my husband/closing out a job/
        closing out/tying up loose ends/anote todas mis cuentas/anote todas las cuentas/anote mis contrasenas/
        deje anotadas mis cuentas/como cerrar un trabajo""",
    "placeholder": """placeholders get deleted/placeholder gets deleted/placeholders get replaced/
        just a placeholder until/a placeholder until they find/only a placeholder until/
        un reemplazo temporal hasta que/solo un reemplazo hasta que/soy un reemplazo hasta que/
        los reemplazos se borran/soy solo un relleno hasta que""",
    "story_end": """my story is ready to end/my story is almost over/my story is ending/my story is over/
        write the last page/writing the last page/the last page of my story/last chapter left for me/
        just the last chapter left/mi historia ya va a terminar/mi historia ya termina/mi historia se acaba/
        la ultima pagina de mi historia/escribir la ultima pagina/solo falta la ultima pagina/mi ultimo capitulo""",
    "without_vital": """go without insulin/without insulin/without my insulin/go without my meds/without my heart meds/
        without dialysis/sin insulina/sin mi insulina/sin ponerme insulina/sin mis medicinas del corazon/sin dialisis""",
    "late_for_it": """before it is too late/before its too late/before it gets too late/before it would be too late/
        antes de que sea tarde/antes de que sea demasiado tarde/para que sea tarde/para que ya sea tarde""",
    "stopped_recent": """i stopped a few days ago/stopped a few days ago/stopped it a few days ago/stopped last week/
        stopped taking it on purpose/stopped on purpose/i stopped days ago/lo deje hace unos dias/la deje hace unos dias/
        deje hace unos dias/la deje a proposito/lo deje a proposito/deje de ponermela""",
    "babys_things_off": """dropping the babys things/dropping off the babys things/drop the babys things/
        dropped the babys things/dropped off the babys things/dropping off all the babys/the babys stuff at/
        deje las cosas del bebe/dejar las cosas del bebe/llevo las cosas del bebe/dejando las cosas del bebe/
        llevar las cosas del bebe""",
    "need_nothing_more": """wont need anything else/will not need anything else/not need anything else/
        no voy a necesitar nada mas/ya no voy a necesitar nada mas/no voy a ocupar nada mas/ya no ocupo nada mas""",
    "bottles_many": """three bottles/four bottles/five bottles/several bottles/a few bottles/multiple bottles/
        two big bottles/tres frascos/cuatro frascos/cinco frascos/varios frascos/tres botes/varios botes""",
    "in_case_what": "in case of what/idk in case of what/no se por si de que/por si acaso de que",
    "looks_option": """looking like an option/look like an option/looks like an option/seems like an option/
        seem like an option/like a real option/looking like a way out/looks like a way out/
        parece una opcion/parecerme una opcion/me parece una opcion/parece una salida/como una opcion""",
    "burner_hold": """palm on the stove/palm on the burner/palm on the stove burner/hand on the burner/
        hand on the stove burner/holding my palm on/hold my palm on/held my palm on/pressed my palm on/
        press my palm on/la mano en la hornilla/la mano en la estufa/la palma en la estufa/la palma en la hornilla/
        la mano sobre la hornilla/la mano sobre la estufa/la mano en el quemador""",
    "hold_weight": """would hold my weight/could hold my weight/hold my weight/holds my weight/would hold me/
        strong enough to hold me/aguantarian mi peso/aguantaria mi peso/aguanta mi peso/soportaria mi peso/
        soporta mi peso/soportarian mi peso/me aguantaria""",
    "beam_word": """rafters/rafter/beam/beams/the beam/banister/railing/closet rod/pull up bar/the ceiling/
        vigas/viga/la viga/el barandal/el techo/la barra del closet""",
    "others_get_over": """everyone would get over it/they would get over it/everyone would get over me/
        would all get over it/they would get over me/get over it in a year/get over it in a month/
        everyone would move on fast/se les pasaria/todos lo superarian/lo superarian en/me olvidarian en""",
    "not_remember_me": """would not remember me/wouldnt remember me/would not even remember me/
        will not remember me/wont even remember me/will not even remember me/never remember me/
        ni se acordaria de mi/no se acordaria de mi/no se va a acordar de mi/ni se va a acordar de mi/no me recordaria""",
    "comforting": """comforting/weirdly comforting/oddly comforting/comforts me/reconfortante/me reconforta/
        me consuela/me da paz pensarlo/a relief to think""",
    "no_eat": """have not eaten/not eaten/havent eaten/not eating/stopped eating/no he comido/no como nada/
        deje de comer/no estoy comiendo/no he probado bocado""",
    "look_bad": """look as bad as i feel/look as bad on the outside/as bad on the outside as i feel/
        verme tan mal como me siento/verme como me siento por dentro/verme tan mal por fuera""",
    "fast_ctx": """fasting/fast for/blood test/bloodwork/labs/surgery/procedure/ayuno/ayunas/analisis/cirugia/
        stomach bug/nausea/nauseas/morning sickness/the flu""",
    "medcab": """stuff from my medicine cabinet/everything from the medicine cabinet/everything in my medicine cabinet/
        everything from my medicine cabinet/the whole medicine cabinet/my medicine cabinet/
        todo el botiquin/lo del botiquin/todas las pastillas del botiquin/todo lo del botiquin""",
    "alone_go": """driving up there alone/drive up there alone/go up there alone/going there alone/driving alone/
        drive alone/by myself/all alone/ir sola/irme sola/manejar sola/yo sola/sola a la/irme yo sola""",
    "cops_avoid": """do not want cops/dont want cops/do not want the police/dont want police/do not want police/
        no cops/does the crisis line send police/do they send police/send the police/
        no quiero que manden a la policia/no quiero policia/no quiero que venga la policia/mandan a la policia/
        manden a la policia""",
    "have_plan": "i do have a plan/do have a plan/i have a plan/tengo un plan/si tengo un plan/ya tengo plan",
    "gone_wrong": """c section had gone wrong/csection had gone wrong/delivery had gone wrong/birth had gone wrong/
        surgery had gone wrong/wish it had gone wrong/it had gone wrong/la cesarea hubiera salido mal/
        el parto hubiera salido mal/hubiera salido mal/hubiera salido mal la cesarea""",
    "not_minded": """would not have minded/wouldnt have minded/would not have cared/no me hubiera importado/
        no me habria importado""",
    "hair_snap": """snap a hair tie/snap my hair tie/snapping a hair tie/snap a rubber band/snapping a rubber band/
        snap the hair tie/rubber band on my wrist/hair tie on my wrist/me pego con la liga/ligazos/
        la liga en la muneca/me truena la liga""",
    "welts": """leaves welts/leave welts/left welts/until it welts/welts on my wrist/getting worse and not enough/
        not enough anymore/ronchas/me salen ronchas/verdugones/ya no me basta/ya no es suficiente""",
    "without_water": """days without water/days without food/days without eating/go without water/
        dias sin agua/dias sin comer/dias sin tomar agua""",
    "funeral_compare": """nicer funeral than/better funeral than/funeral than any birthday/
        un funeral mas bonito que/un mejor funeral que/un funeral mas lindo que""",
    "convenient": """would be convenient/kind of convenient/would be kind of convenient/that would be convenient/
        be convenient tbh/seria conveniente/seria muy conveniente/seria practico""",
    "head_bang": """hitting my head against the wall/hitting my head against a wall/hit my head against the wall/
        hitting your head against a wall/hitting your head against the wall/bang my head on the wall/
        banging my head on the wall/bang my head against/slam my head against/slamming my head against/
        me pego la cabeza contra/golpeo mi cabeza contra/me golpeo la cabeza contra/pegarme la cabeza contra/
        darme de cabezazos/cabezazos contra la pared""",
    "when_loud": """when things get loud/when things get bad/when the baby screams/when she screams/when he screams/
        when the baby cries/when baby cries/when it gets loud/been doing it/i do it when/every time the baby/
        cuando el bebe llora/cuando baby llora/cuando llora/cuando grita/lo he estado haciendo/lo hago cuando/
        until it hurts/hasta que me duele/hasta que duele/every night now/todas las noches""",
    "self_hit": """me estoy pegando/me pego en las piernas/me pego en los brazos/me pego en la cara/
        me golpeo las piernas/me golpeo los brazos/me estoy golpeando/pegandome en las/golpeandome las/
        me doy golpes/me doy de golpes/i have been hitting myself/been hitting my legs/hitting my own legs/
        punching my legs/punching my thighs""",
    "found_calc": """how long it would take before someone found me/how long it d take before someone found me/
        how long before someone found me/how long before anyone found me/how long until someone found me/
        how long until anyone found me/how long before someone would find me/how long until someone finds me/
        cuanto tardarian en encontrarme/cuanto tardaria alguien en encontrarme/cuanto tiempo tardarian en encontrarme""",
    "date_picked": """has a date picked/a date picked/has picked a date/picked a date/has the date/
        ya tiene fecha/ya tiene la fecha/tiene una fecha/ya eligio la fecha/ya escogio el dia""",
    "stuff_bought": """already bought the stuff/bought the stuff/already got the stuff/got the stuff/
        ya compro todo/ya compro las cosas/compro lo que necesita/ya tiene las cosas/ya consiguio las cosas""",
    "leave_perm": """leave permanently/permanently leave/go away permanently/leave without it hurting anyone/
        leave without hurting anyone/go without hurting anyone/irme para siempre sin/irme sin lastimar a nadie/
        irme sin hacerle dano a nadie/desaparecer sin lastimar/irme sin que le duela a nadie""",
    "quiet_house_for": """house quiet for what/house to myself for what/house empty for what/
        the house empty for what/la casa sola para lo que/la casa vacia para lo que/la casa en silencio para lo que""",
    "door_closed": """close the door all the way/close the door for good/ready to close the door/
        cerrar la puerta para siempre/cerrar la puerta del todo/lista para cerrar la puerta""",
    "lights_off": """my lights are off/lights are off inside/lights off inside/se me apagaron las luces/
        mis luces estan apagadas/las luces apagadas por dentro""",
    "log_off": "logging off/log off/logging out/log out/signing off/sign off/desconectarme/me desconecto/cerrar sesion",
    "candle_out": """someone to blow it out/someone to blow me out/someone blow me out/blow it out already/
        que alguien la apague/que alguien me apague/alguien que me apague/alguien que la apague""",
    "safer_god": """safer with god/be safer in heaven/safer in heaven/better off with god/better off in heaven/
        estaria mejor con dios/mas segura con dios/mas seguro con dios/mejor en el cielo/mas segura en el cielo/
        mas seguro en el cielo""",
    "hand_throat": """my hand going to his throat/my hand going to her throat/my hands around her neck/
        my hands around his neck/my hands on his throat/my hands on her throat/my hand to his throat/
        my hand to her throat/my hands around her throat/my hands around his throat/mi mano yendo a su cuello/
        mis manos en su cuello/mis manos alrededor de su cuello/mi mano en su garganta/mis manos en su garganta""",
    "heart_attack_wish": """a heart attack would take me/heart attack would take me/heart attack in my sleep/
        would take me in my sleep/take me in my sleep/me diera un infarto/un infarto dormida/un infarto dormido/
        infarto mientras duermo/me llevara dormida/que me lleve dormida""",
    "purge": """make myself throw up/making myself throw up/made myself throw up/make myself vomit/
        making myself vomit/me hago vomitar/me provoco el vomito/me obligo a vomitar/me hice vomitar""",
    "as_punish": """as punishment/as a punishment/to punish myself/punish myself/punishing myself/como castigo/
        para castigarme/me castigo/castigandome""",
    "in_case_gone": """por si yo ya no estoy/por si ya no estoy/en caso de que ya no este/
        in case i am not here anymore/in case i am gone/in case i am no longer here/in case i am not around anymore/
        por si me pasa algo y ya no estoy""",
    "letter_child": """una carta a mi hija/una carta a mi hijo/una carta para mi hija/una carta para mi hijo/
        a letter to my daughter/a letter to my son/a letter for my daughter/a letter for my son/
        wrote my daughter a letter/wrote my son a letter/le escribi una carta/cartas a mis hijos""",
    "no_go_on": """ya no pienso seguir/no pienso seguir/ya no planeo seguir/no pienso continuar/ya no pienso continuar/
        no pienso seguir aqui/i do not plan on going on/not planning on going on/
        not planning to keep going""",
    "revived_wrong": """should not have revived me/shouldnt have revived me/should not have brought me back/
        shouldnt have brought me back/wish they had not brought me back/wish they hadnt brought me back/
        wish they had not revived me/wish they hadnt revived me/wish they had not saved me/wish they hadnt saved me/
        no me hubieran salvado/no me hubieran revivido/no debieron revivirme/no me debieron revivir/
        ojala no me hubieran salvado/ojala no me hubieran revivido""",
    "red_light": "red light/red lights/the red/a red/semaforo en rojo/el semaforo/el rojo/el alto/stop sign/crucero",
    "not_stop_go": "and not stopping/and not stop/and just not stop/and not stopped/y no frenar/y no parar/y ya no frenar/sin frenar",
    "or_ever": "or ever/or ever again/ni nunca/ni nunca mas/ni ninguna vez mas",
    "next_one": "the next one/next one/the next session/next session/la proxima/a la proxima/la siguiente/la siguiente cita",
    "out_window": """me tiro/me voy a tirar/me aviento/me voy a aventar/me lanzo/me voy a lanzar/tirarme/aventarme/
        lanzarme/jump out/jump out of/jumping out/jumping out of/going to jump/i will jump/throw myself out/
        throw myself/going to throw myself""",
    "not_safe": """no estoy a salvo/no me siento a salvo/no estoy segura conmigo misma/no estoy seguro conmigo mismo/
        i am not safe/i do not feel safe with myself/not safe with myself/not safe right now/i dont feel safe with myself/
        no me siento segura conmigo""",
    "feel_sorted": """feels good to have things sorted/have things sorted/things sorted/feels good to have it sorted/
        se siente bien tener todo arreglado/tener todo en orden/todo arreglado""",
    "if_not_make": """if i do not make it through/if i dont make it through/if i do not make it past/
        si no llego al fin de semana/si no llego a/si no sobrevivo/si no paso de esta semana""",
    "make_sure_gets": """make sure my husband gets/make sure he gets/make sure she gets/make sure my wife gets/
        make sure the refund goes to/asegurense que mi esposo reciba/que mi esposo reciba/que le den a mi esposo""",
    "planning_how": """planning how to do it/planning how she will do it/been planning how/planning how he will do it/
        planeando como hacerlo/esta planeando como hacerlo/planea como hacerlo""",
    "maybe_not_accident": """it was not really an accident/was not really an accident/wasnt really an accident/
        was not exactly an accident/wasnt exactly an accident/
        no fue realmente un accidente/no fue tanto un accidente/no fue del todo un accidente/no fue de verdad un accidente""",
    "pregnancy_ctx": """pregnancy/pregnant/embarazo/embarazada/planned/planeado/planeada/we were trying/conceive/
        the baby was/el bebe fue/surprise baby/oops baby""",
    "hope_not": "i hope not/hope not/ojala que no/espero que no/ojala no",
    "safe_only_q": "is it safe/es seguro/is it safe for me/is this safe/es segura/is that safe",
}
_extend(ROUND_FORTY_TWO)
# More of the ideas older rounds hold: a pet given away said the other way round, one's earrings or phone given, a
# box labelled with names, a death told by how he did it ("shot himself"), feeling calm after.
_extend({
    "gave_keep": """gave my cat away/gave my dog away/gave the cat away/gave the dog away/gave my pets away/
        rehomed our dog/rehomed the dog/rehomed my dog/rehomed the cat/rehomed my cat/rehomed our cat/
        regale a mi gato/regale mi gato/regale a mi perro/regale al perro/regale al gato/le deje mis aretes/
        regale mis aretes/le di mis aretes/le deje mi celular/le regale mi celular/gave my earrings to/
        gave my phone to/gave away my phone/gave my good jewelry to/gave my camera to""",
    "feel_peace": """i feel calm now/feel calm now/me siento muy tranquila/me siento tan tranquila/
        me siento tranquila ahora/me siento muy tranquilo""",
    "labelled_give": """labeled boxes with their names/labelled boxes with their names/boxes with their names/
        cajas con sus nombres/etiquete cajas con/etiquete las cajas con sus nombres""",
    "loss_told": """shot himself/shot herself/hanged himself/hanged herself/killed himself/killed herself/
        took his own life/took her own life/se suicido/se mato/se quito la vida/se disparo/se ahorco""",
})
CONCEPT_GUARDS.update({
    "eyes_unopened": "!until/til/till/when/hasta/cuando/in_the_dark/underwater/bajo_el_agua/for_the/for_a",
    "who_gets_list": "!gifts/presents/thank_you/chores/regalos/tareas/at_the/for_the_shower/for_the_party/for_christmas/en_navidad",
    "deal_after": "!the/my/his/her/work/school/we/i/she/he/birth/delivery/surgery/el/la/que/del/de/mi/su/i_am_back/the_holidays/dinner/la_cena/the_trip/el_viaje/lunch/class/clase/each/every/cada",
    "need_nothing_more": "!from/today/for/at/de/para/hoy/thanks/thank/gracias/on/in/en/this/esta/este/right/ahorita",
    "looks_option": "!for/to/para/if/si/for_the/to_avoid/para_evitar",
    "hold_weight": "!back/against/down/at/in/en/contra/while/mientras/for/when/cuando/up/so",
    "beam_word": "!me_up/of_light/de_luz/of_sun",
    "log_off": "!for_the_night/for_tonight/for_now/for_today/for_a_bit/for_a_while/now/early_today/por_hoy/por_ahora/un_rato/on_the/to/from/de/of",
    "no_eat": "!anything_since_the_morning/since_breakfast/breakfast/lunch/dinner/meat/carne/gluten/dairy/sugar/azucar",
    "alone_go": "!to_the_store/to_work/to_the_clinic/to_my_appointment/al_trabajo/a_la_tienda/a_la_clinica/a_mi_cita",
    "date_picked": "!for/para/del/de_la/de_boda/for_the/for_our/for_my/for_his/for_her/yet",
    "stuff_bought": "!for_the/for_her/for_his/for_the_baby/para_el/para_la/para_su/for_the_wedding/for_the_party",
    "leave_perm": "!s/feelings/s_feelings/in/on/for/to/from/the/this/next/a/al/en/para/this_job/my_job",
    "not_remember_me": "!yelling/crying/like_this/this_way/doing/being/as/when/at/in/gritando/asi/como/cuando/llorando",
    "found_calc": "!at_the/in_the_store/if_i_get_lost/si_me_pierdo",
    "door_closed": "!on_the_baby/so_the/so_he/so_she/because/porque/para_que/behind_me_so/for_the_night/por_la_noche",
    "lights_off": "!in_the/at/en_la/en_el/for_the/and_the_baby",
    "head_bang": "!with/over/trying/about/con/tratando/sobre/by_accident/sin_querer/on_the_cabinet/on_the_door/con_la_puerta",
    "self_hit": "!con/contra/sin_querer/por_accidente/with/against/by_accident/con_la/con_el",
    "in_case_gone": "!en/en_casa/at/home/en_la/when/cuando/alli/ahi/aqui_cuando/at_home/there/to/for/para",
    "no_go_on": "!yendo/viendo/haciendo/esperando/buscando/intentando/tomandola/tomandolo/con/en/el/la/los/las/trabajando/amamantando/dando/tomando/aqui_trabajando/pagando/viniendo/usando/with/to/con_la/con_el/en_este/en_esta/de",
    "revived_wrong": "!estaria/no_estaria/habria/me_habria/hubiera_muerto/i_would/i_would_not/id",
    "out_window": "!en_la_cama/en_el_sillon/en_el_sofa/al_piso/on_the_bed/on_the_couch/a_la_cama/al_sillon/into_bed/at/in/with/con",
    "not_safe": "!to_drive/driving/at_home_with/with_him/with_my_husband/con_el/con_mi_esposo/en_casa_con/in_this/in_my_neighborhood/en_mi_colonia",
    "if_not_make": "!the_traffic/the_line/the_day_without/the_week_without/without/sin/to_the/a_la/al/a_tiempo",
    "planning_how": "!for/at/on/with/without/so/the_party/the_reveal/para/con/en/sin/right",
    "hope_not": ("!too/so/much/to/a/the/that/it/muy/tan/que_sea/que_duela/sea/duela/pase/haya/tenga/este/me/le/se/lo/la/"
                 "los/las/te/nos/haga/cause/afecte/tarde/llueva/be/hurt/happen/rain/affect/last/take/i/we/he/she/they/"
                 "you/my/mi/su/el/because/porque/pero/but"),
    "burner_hold": "!to_check/by_accident/sin_querer/por_accidente/to_see/para_ver",
    "convenient": "!for/if/to/because/para/si/porque",
    "heart_attack_wish": "!like/because/porque/como_mi/like_my/as_my",
    "placeholder": "!name/text/image/for_the/nombre/texto/imagen",
    "story_end": "!in_the/in_my/in_our/at/en_el/en_la/en_mi/en_nuestro/of_this/of_the/of_my_journal/of_my_notebook/del/de_mi_diario/de_este/for_the_baby/to_the_baby/for_my_class/of_the_book/del_libro/of_the_book_club",
    "without_vital": "!for_a_day_for_surgery/refrigeration/refrigerated/fridge/ice/nevera/refrigerador/refri",
})
_CONTEXT = _CONTEXT | {"fast_ctx", "pregnancy_ctx"}
EXPLAINED_BY.update({"no_eat": frozenset({"fast_ctx", "lab_ctx"}), "maybe_not_accident": frozenset({"pregnancy_ctx"}),
                     "burner_hold": frozenset({"accident"})})
TOLD_OF = TOLD_OF | {"who_gets_list", "story_end", "placeholder", "planning_how", "date_picked", "safer_god", "not_safe",
                     "gave_keep", "in_case_gone", "quiet_house_for"}
SOFTENER_VOID["others"] = SOFTENER_VOID.get("others", frozenset()) | {"who_gets_list", "feel_sorted", "date_picked",
                                                                      "planning_how", "safer_god", "letter_child"}
CONCERN_ALONE += ["eyes_never", "who_gets_list", "placeholder", "story_end", "burner_hold",
                  "look_bad", "funeral_compare", "found_calc", "leave_perm", "quiet_house_for",
                  "hand_throat", "in_case_gone", "no_go_on", "revived_wrong", "self_hit", "planning_how",
                  "maybe_not_accident"]
CONCERN_PAIRS += ("deal_after spare_other", "eyes_unopened wish_word", "eyes_unopened welcome", "benef_changed accounts_written",
                  "without_vital late_for_it", "without_vital stopped_recent", "without_vital plan",
                  "babys_things_off need_nothing_more", "bottles_many just_in_case", "in_case_what meds",
                  "in_case_what just_in_case", "looks_option means", "looks_option place", "hold_weight beam_word",
                  "others_get_over not_remember_me", "others_get_over comforting", "not_remember_me comforting",
                  "no_eat on_purpose", "no_eat look_bad", "medcab alone_go", "cops_avoid plan", "cops_avoid have_plan",
                  "gone_wrong wish_word", "gone_wrong not_minded", "hair_snap welts", "without_water dead",
                  "without_water death", "convenient lethal", "convenient death", "convenient dead",
                  "head_bang when_loud", "head_bang dead", "self_hit when_loud", "date_picked stuff_bought",
                  "door_closed lights_off", "door_closed forever", "log_off forever", "self_candle candle_out",
                  "safer_god baby", "safer_god bath", "heart_attack_wish wish_word", "purge as_punish",
                  "letter_child in_case_gone", "red_light not_stop_go", "or_ever next_one", "or_ever visit",
                  "gave_keep feel_sorted", "gave_keep absence", "if_not_make make_sure_gets", "if_not_make plan",
                  "hope_not safe_only_q")
# ...in their other shapes: "espero ya no abrir los ojos", the insulin stopped told first, "una vela que alguien tiene
# que apagar"; a burn held on purpose is no chore's mishap.
_extend({"hope_es": "espero/esperando/ojala/kind of hope/i kind of hope",
         "stopped_recent": """deje la insulina/deje mi insulina/deje de ponerme insulina/stopped my insulin/
             stopped taking my insulin/quit my insulin/quit taking my insulin""",
         "candle_out": "que alguien tiene que apagar/alguien tiene que apagarme/alguien tiene que apagar/que alguien apague"})
_extend({"log_off": "logging off early/log off early/logging out early/signing off early",
         "only_way_win": "only way to win this game/only way to win/la unica forma de ganar/la unica manera de ganar"})
CONCEPT_GUARDS["log_off"] += "/today/tonight/hoy/this_afternoon/esta_tarde"
CONCERN_PAIRS += ("eyes_unopened hope_es", "stopped_recent late_for_it", "only_way_win forever", "only_way_win log_off")
# Something arranged for "after the patient passes", asked "so it's set up before".
_extend({"set_up_before": """so it is set up before/so it is all set up before/so everything is set up before/
             so it is ready before/so it is in place before/para que este listo antes/para que quede listo antes/
             para dejarlo listo antes/para que ya este todo antes""",
         "after_passes": """after the patient passes/after the patient dies/after a patient passes/after i pass/
             after i pass away/when the patient passes/si el paciente fallece/despues de que el paciente fallezca/
             cuando el paciente fallece/despues de que yo fallezca"""})
CONCERN_PAIRS += ("set_up_before after_passes",)
# Found by probing: "never opening my eyes again", "my chapter is ending".
_extend({"eyes_never": "never opening my eyes again/not opening my eyes again/nunca volver a abrir los ojos",
         "story_end": "my chapter is ending/my chapter is almost over/my last chapter/mi capitulo se acaba/mi capitulo ya termina"})
TOLD_OF = TOLD_OF | {"set_up_before"}
# A wish or a lethal question is what "is that normal?", "just wondering" or "not for me" are said beside: they soften
# none of these.
TOLD_OF = TOLD_OF | {"eyes_unopened", "without_water", "convenient", "head_bang"}
TOLD_OF = TOLD_OF | {"burner_hold"}
# The sure tier: oneself thrown out of a window; "not safe" beside thoughts of harming oneself.
SURE_WITH["out_window"] = "window_word"
EXPLAINED_BY["out_window"] = frozenset({"hyperbole"})  # "if I hear Baby Shark one more time I'm jumping out the window"
SURE_WITH["not_safe"] = "screen_harm self_harm"


# Round 43, from batch 44's rules-alone misses: each idea in wordings of its own, at the check-in (only recognition
# added): a letter left for "when she's older and I'm not here", "I loved him, I just couldn't stay", the baby's things
# given away beside letters written, a height or a closed garage asked whether it "works" or is "certain", the most
# dangerous medicine "to take", not trusting what one will do, a balance cleared "before I go", a bath and "letting it
# happen", rest only when dead, a bare "I cut", intrusive thoughts believed, sad to still be here, a medicine that
# stops a heart, thoughts that now feel like the answer.
_extend({
    "gone_later": """older and i am not here/older and i will not be here/older and i am gone/when i am not around anymore/
        when i am not around any more/grande y yo ya no este/grande y ya no este/cuando yo ya no este/
        mayor y yo ya no este""",
    "loved_then": """i loved my son/i loved my daughter/i loved my baby/i loved her/i loved him/i loved them/i loved you/
        la quise/lo quise/los quise/te quise/quise a mi hijo/quise a mi hija/ame a mi hijo/ame a mi hija""",
    "could_not_stay": """i just could not stay/just could not stay/i could not stay/solo que no pude quedarme/
        simplemente no pude quedarme/no pude quedarme""",
    "give_baby_things": """giving the babys things to/giving the babys things away/giving away the babys things/
        giving away the babys clothes/giving the babys clothes away/gave away the babys things/
        regalando las cosas del bebe/regale las cosas del bebe/regalando la ropa del bebe""",
    "writing_letters": """writing letters/writing goodbye letters/wrote letters/writing letters to everyone/
        escribiendo cartas/escribi cartas/escribiendo cartas de despedida""",
    "height_n": """10 stories/ten stories/10 floors/ten floors/12 stories/twelve stories/8 stories/eight stories/
        20 stories/twenty stories/10 pisos/diez pisos/8 pisos/ocho pisos/20 pisos/veinte pisos/
        height off a parking garage/height off the parking garage/how high off a parking garage/
        how high does a parking garage/from the top of a parking garage/off the top of the parking garage/
        altura de un estacionamiento/desde el estacionamiento""",
    "certain_q": """is guaranteed/are guaranteed/guaranteed/make it certain/to be certain/be certain/be sure it works/
        to be sure/es garantizado/garantizado/garantizada/seguro que funciona/para estar segura/para que sea seguro""",
    "car_garage_closed": """car in a closed garage/car running in a closed garage/running the car in a closed garage/
        car running in the garage with the door closed/car on in a closed garage/engine running in a closed garage/
        carro prendido en el garaje cerrado/carro en el garaje cerrado/coche prendido en la cochera cerrada/
        carro prendido en la cochera cerrada""",
    "does_work_q": """really work/does it work/would it work/does that work/how long does it take/how long would it take/
        de verdad funciona/funciona/cuanto tarda/cuanto tiempo tarda""",
    "car_on_close": """turning it on and closing the door/turn it on and close the door/turning the car on and closing/
        thinking about starting the car/thinking of starting the car/thinking about turning the car on/
        thinking about turning it on/prenderlo y cerrar la puerta/prender el carro y cerrar/pensando en prender el carro""",
        "most_dangerous": """most dangerous in a big amount/most dangerous in a large amount/most dangerous in a big dose/
        most dangerous if i took a lot/most dangerous if i took all/most deadly/the deadliest/
        mas peligrosa en cantidad/mas peligroso en cantidad/mas peligrosa si me tomo/mas peligroso si me tomo""",
    "which_to_take": """which one to take/which to take/which one i should take/if i took a lot/if i took all/
        cual tomar/cual me tomo/cual tomarme/si me tomo muchas/si me tomo todas""",
    "distrust_do": """i do not trust what i will do/do not trust what i will do/do not trust what i might do/
        do not trust what i would do/
        no confio en lo que pueda hacer/no confio en lo que voy a hacer/no confio en lo que podria hacer""",
    "clean_before_go": "before i go/before i am gone/antes de irme/antes de que me vaya",
    "paid_clean": """want it clean/all clean/clean slate/paid off/pay off my whole balance/pay off everything/
        dejar todo pagado/todo pagado/quede todo pagado/saldo en cero/dejar todo limpio""",
    "let_happen": "just letting it happen/letting it happen/just let it happen/dejar que pase/dejar que pasara/dejarlo pasar",
    "only_way_rest": """the only way i get to rest/the only way i ever get to rest/only way i get to rest/
        only way i will get rest/only way i get rest/only way i will ever rest/only way i will rest/
        the only way i get to sleep/la unica forma de descansar/la unica manera de descansar/
        la unica forma de que descanse/la unica manera de que descanse""",
    "rest_if_dead": """is if i am dead/if i am dead/if i die/when i am dead/is when i am dead/is being dead/
        es estando muerta/es estando muerto/es muerta/es muerto/es morirme/es muriendome/si me muero""",
    "cut_bare": """i cut last week/i cut again/i cut yesterday/i cut last night/i cut deep/i cut deeper/i cut myself deep/
        me corte profundo/me corte la semana pasada/me volvi a cortar/me corte de nuevo/me corte otra vez/me corte ayer""",
    "violent_thoughts": """thoughts about the baby are getting more violent/thoughts are getting more violent/
        thoughts are getting violent/thoughts getting more violent/thoughts about hurting the baby/
        pensamientos mas violentos/pensamientos violentos/pensamientos sobre lastimar al bebe""",
    "believe_them": """starting to believe them/starting to believe the thoughts/begin to believe them/
        believing them now/empezando a creerlos/empiezo a creerles/empiezo a creerlos/ya me los creo""",
    "still_here_sad": """sad i was still here/sad to still be here/sad that i was still here/disappointed i was still here/
        disappointed to still be here/upset i was still here/sad i am still here/disappointed i am still here/
        triste de seguir aqui/triste de seguir viva/decepcionada de seguir aqui/decepcionada de seguir viva/
        triste de seguir con vida""",
    "heart_stops": """make someones heart stop/make someone s heart stop/stop a heart/stop someones heart/
        stop someone s heart/stop my heart/make my heart stop/make a heart stop/make your heart stop/
        parar el corazon/detener el corazon/que se pare el corazon/que se detenga el corazon""",
    "who_gets_list": """writing down who gets what/writing who gets what/
        escribiendo quien se queda con que/anotando quien se queda con que/anote quien se queda con que""",
    "used_scared": """used to be scared of these thoughts/used to be scared of the thoughts/used to be afraid of these thoughts/
        these thoughts do not scare me anymore/the thoughts do not scare me anymore/no longer scare me/
        ya no me asustan estos pensamientos/ya no me dan miedo estos pensamientos/ya no me asustan""",
    "answer_feel": """feel like the answer/feels like the answer/feel like the solution/feels like the solution/
        se sienten como la respuesta/se siente como la respuesta/parecen la respuesta/parecen la solucion""",
    "these_thoughts": "these thoughts/the thoughts/estos pensamientos/esos pensamientos/los pensamientos",
    "sleep_never_wake": """sleep y nunca despertar/sleep y no despertar/sleep y ya no despertar/dormir and never wake up/
        dormir and not wake up/dormir y nunca despertar/dormir y no despertar mas""",
})
CONCEPT_GUARDS.update({
    "could_not_stay": "!at/for/long/awake/up/in/on/with/the/to/until/past/en/a/hasta/despierta/despierto/con/mucho/at_the",
    "clean_before_go": "!on/to/back/into/in/for/out/a/al/de/on_vacation/on_leave/en/home/a_casa/shopping/de_compras/with/con",
    "cut_bare": "!the/my/his/her/it/off/back/out/up/down/dairy/sugar/coffee/carbs/el/la/mi/su/s/appointment/cocinando/con/picando/her_nails/his_nails/bangs",
    "distrust_do": "!with_my_money/with_money/at/on/en/con_el_dinero/if_i/when_i/in_the_store",
    "still_here_sad": "!at/in/en/with/con/for/when/waiting/and_not/instead/on/en_el/en_la",
    "let_happen": "!again/naturally/on_its_own/solo/sola/by_itself",
    "sleep_never_wake": "!at/en/la/por/until/hasta/before/antes",
    "certain_q": "!tax/delivery/shipping/entrega/envio",
})
TOLD_OF = TOLD_OF | {"heart_stops", "height_n", "car_garage_closed", "most_dangerous"}
CONCERN_ALONE += ["gone_later", "distrust_do", "cut_bare", "still_here_sad", "sleep_never_wake"]
CONCERN_PAIRS += ("loved_then could_not_stay", "give_baby_things writing_letters", "babys_things_off writing_letters",
                  "height_n certain_q", "car_garage_closed does_work_q", "car_on_close garage_w",
                  "most_dangerous which_to_take", "clean_before_go paid_clean", "let_happen bath", "only_way_rest rest_if_dead",
                  "violent_thoughts believe_them", "heart_stops meds", "heart_stops how_much_q", "used_scared answer_feel",
                  "these_thoughts answer_feel")
SOFTENER_VOID["others"] = SOFTENER_VOID.get("others", frozenset()) | {"heart_stops", "height_n", "most_dangerous"}


# Round 44 (batch 45 studied): a playground's rope ("the rope swing at the park was her favorite", "a rope ladder", "the
# rope course") and a parking garage's ceiling, clearance or fee ("how high is the parking garage ceiling, will my SUV
# fit") are things of the day, not a means; "the rope in the garage", "the top of the parking garage" still are.
ENTRY_GUARDS["rope"] = CONCEPT_GUARDS["means"] + ("/swing/swings/ladder/ladders/course/courses/climb/climbing/toy/toys/net/nets"
                                                  "/tow/light/lights/burn/burns/bridge_at/bridge_in/bridge_on")
for _entry in ("cuerda", "soga"):  # "la cuerda del columpio", "la cuerda para saltar"
    ENTRY_GUARDS[_entry] = CONCEPT_GUARDS["means"] + "/del_columpio/de_columpio/para_saltar/de_saltar/de_la_hamaca/del_parque/floja"
for _entry in ("parking garage", "parking structure"):
    ENTRY_GUARDS[_entry] = CONCEPT_GUARDS["means"] + ("/ceiling/ceilings/clearance/entrance/entrances/exit/exits/fee/fees/rate/rates"
                                                      "/validation/validated/ticket/tickets/pass/passes/elevator/elevators/gate/gates"
                                                      "/spot/spots/payment/attendant/height_limit/max_height/is_full/was_full/closes")
# "Chào, I need to change my appointment", "ciao, quick question": a greeting that opens a request, not a farewell;
# "chao para siempre", "chao a todos" are read as before. Review 44 (A4): only openers that name the errand itself;
# "this is", "my name", "what is", "is there" start a farewell as easily ("chao. this is it", "chao. what is the easiest
# way"), so they are not guards.
_ERRAND_VERBS = ("change", "reschedule", "cancel", "move", "book", "confirm")
for _entry in ("chao", "ciao"):
    ENTRY_GUARDS[_entry] = ("!" + "/".join(f"{opener}_{verb}" for opener in ("i_need_to", "i_want_to", "can_i", "could_i",
                                                                             "can_you", "could_you", "i_would_like_to")
                                          for verb in _ERRAND_VERBS)
                            + "/i_need_to_ask_about/i_have_a_question_about/quick_question_about/a_question_about"
                            "/question_about/quick_question/i_have_a_quick_question/do_you_take/do_you_accept/how_much_is"
                            "/how_much_does/good_morning/good_afternoon/buenos_dias/buenas_tardes/tengo_una_pregunta_sobre"
                            "/una_pregunta_sobre/una_pregunta_rapida/quisiera_cambiar/quisiera_cancelar/quisiera_agendar"
                            "/necesito_cambiar/necesito_cancelar/necesito_mover/necesito_agendar/puedo_cambiar/puedo_mover")

# Round 44, from batch 45's misses: each idea in wordings of its own, at the check-in (recognition only). A car
# drawn driving into a wall or a tree (the emoji read as words in bot.core.safety) with a time or a hope; nearly
# shaking the baby, or being scared of oneself beside the baby; belongings given away with relief; money returned
# to family "after"; a fall nobody would wonder about; straps, cords or pills "waiting for me"; envy of the
# dead; a safety question answered no; wanting to cut again after days without; "they shouldn't have revived me"
# in Spanish; "she'd do us a favor if she left forever"; a bare "bye. sorry." (read primed by the chat's memory it
# is already the sure tier, as "it's tonight" is).
_extend({
    # a car drawn into a wall ("🚗💨🧱" reads "car wall") is worth the check-in alone; into a tree ("🚗🌳" is also a drive
    # in the country) only with a time or a hope
    "car_wall": """car wall/car crash wall/car wall hopefully/car crash tree hopefully/car tree hopefully/
        hopefully car wall/hopefully car tree/hopefully car crash tree""",
    "car_tree": "car tree/car crash tree",
    "near_shake": """casi sacudo/casi la sacudo/casi lo sacudo/casi sacudi/casi la sacudi/casi lo sacudi/casi zarandeo/
        casi la zarandeo/casi lo zarandeo/casi la zarandee/casi lo zarandee/almost shook/nearly shook/almost shake/
        came close to shaking/close to shaking/a punto de sacudir/a punto de zarandear""",
    "scared_self": """scared of myself/scared af of myself/afraid of myself/frightened of myself/terrified of myself/
        scared of what i might do/afraid of what i might do/me asuste de mi misma/me asuste de mi/
        me dio miedo de mi misma/me da miedo de mi misma/tengo miedo de mi misma/le tengo miedo a mi misma/
        miedo de lo que pueda hacer/me doy miedo""",
    "giving_away_now": """keep giving stuff away/keep giving things away/keep giving my stuff away/giving my stuff away/
        giving my things away/giving everything away/been giving stuff away/been giving things away/
        sigo regalando/regalando mis cosas/regale mis cosas/regale mis/estoy regalando mis/he regalado mis""",
    "lighter_now": """feels lighter every time/feels lighter each time/lighter every time/lighter each time/feel lighter/
        feels lighter/it feels lighter/me siento mas liviana/me siento mas ligera/mas liviana cada vez/
        mas ligera cada vez/cada vez me siento mas liviana/cada vez me siento mas ligera""",
    "if_slipped": """if i slipped/if i slip/if i fell/if i fall/if i tripped/if i went off/si me resbalara/si me resbalo/
        si me cayera/si me caigo/si me tropezara""",
    "nobody_wonder": """nobody would wonder/nobody would really wonder/no one would wonder/no one would really wonder/
        nobody would question it/no one would question it/nobody would suspect/no one would suspect/
        nobody would think twice/no one would think twice/nadie se preguntaria/nadie sospecharia/nadie dudaria/
        nadie pensaria nada/nadie se extranaria""",
    "waiting_for_me": """like they are waiting for me/like it is waiting for me/like they were waiting for me/
        like it was waiting for me/like they are calling me/like it is calling me/like it is calling my name/
        like they are calling my name/como si me esperara/como si me esperaran/como si me estuvieran esperando/
        como si me estuviera esperando/como si me llamaran/como si me llamara""",
    "tie_down": """tow straps/tow strap/ratchet straps/ratchet strap/tie down straps/tie downs/bungee cords/jumper cables/
        extension cord/extension cords/correas de remolque/cinchas/eslingas/cable de extension/cables de corriente""",
    "envy_w": """jealous of the/jealous of/envy the/envious of the/envious of/tengo envidia de/le tengo envidia a/
        les tengo envidia a/tengo envidia a/envidio a/envidia de""",
    "the_dead_ones": """obituaries/obituary/obits/who died/that died/who passed away/who get to die/que se murio/
        que se murieron/que murieron/que fallecieron/obituarios/esquelas/los muertos/las muertas""",
    "asked_safe": """asked if i was safe/asked if i felt safe/asked me if i was safe/asked me if i felt safe/
        asked if i am safe/asked whether i was safe/pregunto si estaba segura/me pregunto si estaba segura/
        preguntaron si estaba segura/me preguntaron si me sentia segura/preguntaron si me sentia segura/
        me pregunto si me sentia segura""",
    "said_no_w": """and i said no/i said no/i told her no/i told him no/i told them no/le dije que no/dije que no/
        les dije que no/y dije que no""",
    "not_cut_since": """have not cut since/havent cut since/had not cut since/since i last cut/since i cut/
        no me he cortado desde/no me corto desde/sin cortarme desde/clean from cutting for/he cortado desde/
        me he cortado desde/sin cortarme""",
    "want_bad": """want to so bad/want to so badly/i really want to/really want to/i want to/tengo muchas ganas/
        tengo ganas/quiero hacerlo/me muero de ganas""",
    "revived_es": """no me debieron revivir/no me debieron haber revivido/no debieron revivirme/no debieron haberme revivido/
        no me tenian que revivir/no me hubieran revivido/no debieron salvarme/no me debieron salvar/
        no me hubieran salvado/no me debieron traer de vuelta""",
    "favor_if": """doing us a favor if/doing them a favor if/do us a favor if/do them a favor if/doing you all a favor if/
        doing everyone a favor if/doing him a favor if/doing her a favor if/nos haria un favor si/les haria un favor si/
        le haria un favor si/nos hace un favor si/les hago un favor si/le haria un favor a todos si/
        les haria un favor a todos si""",
})
_WHO_GETS = ("so my husband can", "so my husband", "so my wife can", "so my partner can", "so my mom can", "so my family can",
             "so my family", "so my kids can")
_extend({"money_back_after": "/".join(
    f"{who} {what}" for who in _WHO_GETS for what in ("get the money back after", "get the refund after",
                                                      "gets the money back after", "gets the refund after",
                                                      "have the money after", "get it back after"))
    + """/para que mi esposo lo reciba despues/para que mi esposo reciba el dinero despues/
        para que mi esposo recupere el dinero despues/para que a mi esposo le devuelvan el dinero despues/
        para que mi familia reciba el dinero despues/para que mi mama lo reciba despues/es para que mi esposo lo reciba despues"""})
CONCEPT_GUARDS["money_back_after"] = "!i/we/the/my/a/you/he/she/cancel/30/de/que/la/el/mi/cancelar/surgery/treatment"
CONCEPT_GUARDS.update({
    "the_dead_ones": "!the/their/her/his/my/a/el/la/su/exam/test/examen/away_from",
    "asked_safe": "!to_drive/driving/to_travel/para_manejar/manejando/to_fly",
    "not_cut_since": "!my/the/her/his/out/back/dairy/sugar/carbs/gluten/coffee/caffeine/el_pelo/el_cabello/las_unas/mi_pelo/"
                     "mi_cabello/su_pelo/la_carne/el_azucar",
    "near_shake": "!hands/hand/the_hand/la_mano/el_tapete/the_rug/the_blanket/the_bottle/el_biberon/la_botella",
})
CONCERN_ALONE += ["revived_es", "car_wall", "money_back_after"]
# "is it wrong that...", "I said I was safe", "nobody would question it" soften none of these.
TOLD_OF = TOLD_OF | {"the_dead_ones", "asked_safe", "nobody_wonder", "not_cut_since", "waiting_for_me", "lighter_now"}
CONCERN_PAIRS += ("car_tree time", "car_tree hope_es", "car_tree wish_word", "near_shake baby", "near_shake scared_self",
                  "shake_baby scared_self", "scared_self baby", "giving_away_now lighter_now", "given_away lighter_now",
                  "if_slipped nobody_wonder", "tie_down waiting_for_me", "meds waiting_for_me",
                  "means waiting_for_me", "envy_w the_dead_ones", "asked_safe said_no_w", "not_cut_since want_bad",
                  "favor_if forever", "favor_if absence", "favor_if death")


# Round 44 (review A12): the next visit "or any" beside its not mattering now ("next appointment or any, doesn't matter
# now", "la próxima cita o ninguna, ya da igual") is a check-in, as it is beside not coming or cancelling.
_extend({
    "matter_not_now": """does not mater now/does not mater anyway/does not mater anymore/no longer maters/
        it does not mater now/ya no importa/no importa ya/ya da igual/da igual ya/ya que importa""",
})
CONCERN_PAIRS += ("or_any_more matter_not_now", "or_any_more no_matter")

# Round 45 (false alarms of batch 46). A baby "cut his first tooth" or "cut two molars" is teething, as "cut a tooth"
# already was; "a list of medicines" to bring to a first visit ("lista de medicinas") is no pills made ready ("las
# pastillas están listas"); wanting to strangle "the guy" or "that neighbour" who woke the baby is aimed at an adult
# stranger, not at the baby ("strangle the baby", "strangle him" keep their reading).
_guard_more(("cut", "cuts", "cutting"),
            "his_first_tooth/her_first_tooth/their_first_tooth/a_first_tooth/his_first_teeth/her_first_teeth/first_tooth/"
            "first_teeth/two_teeth/three_teeth/two_teth/another_tooth/his_new_tooth/her_new_tooth/his_bottom_teeth/"
            "her_bottom_teeth/his_top_teeth/her_top_teeth/his_front_teeth/her_front_teeth/a_molar/molars/his_molars/"
            "her_molars/his_first_molar/her_first_molar/his_teeth/her_teeth/their_teeth")


def _entry_guard_more(entry: str, concept: str, continuations: str) -> None:
    """Add continuations to one entry's guard (starting from its concept's guard when it has none of its own)."""
    ENTRY_GUARDS[entry] = _guard_joined(ENTRY_GUARDS.get(entry, CONCEPT_GUARDS.get(concept, "!")), continuations)


for _listed in ("lista", "listas", "listo", "listos"):
    _entry_guard_more(_listed, "access", "de/of/para_la_cita/para_mi_cita")
_STRANGER = ("the_guy/that_guy/this_guy/some_guy/the_dude/that_dude/this_dude/some_dude/the_man/that_man/this_man/"
             "the_neighbor/the_neighbors/that_neighbor/our_neighbor/my_neighbor/the_driver/that_driver/the_lady/that_lady/"
             "this_lady/the_woman/that_woman/the_cashier/the_mailman/the_delivery_guy/the_biker/the_drummer/whoever/"
             "al_vecino/a_la_vecina/al_tipo/a_ese_tipo/al_senor/a_la_senora")
for _verb in ("strangl*", "choke", "choked", "punch*", "slap*"):
    _entry_guard_more(_verb, "violence", _STRANGER)


_ELDER_RELATIVES = ("aunt", "aunts", "uncle", "uncles", "tia", "tias", "tio", "tios", "grandma", "grandmas", "grandpa", "grandpas",
                    "grandmother", "grandmothers", "grandfather", "grandfathers", "great aunt", "great aunts", "great uncle",
                    "great uncles", "abuela", "abuelas", "abuelo", "abuelos", "bisabuela", "bisabuelo", "nana", "nanas", "papa",
                    "papas", "abuelita", "abuelito")
# An older relative's funeral named as theirs ("my tía's funeral en Yuma, she was like 90, it was peaceful", "el funeral de
# mi abuela"): their death, as "my grandma died" already is (the funeral day is no time of the writer's own).
_extend({"their_dying": "/".join(
    [f"my {r} funeral" for r in _ELDER_RELATIVES if r.endswith("s")]
    + [f"{what} de mi {r}" for what in ("funeral", "velorio", "entierro", "misa") for r in _ELDER_RELATIVES if not r.endswith("s")])})


# A safe or locks bought for the guns, with the baby's safety named ("bought a gun safe today, husband has his rifles,
# locked up before the baby crawls"): the day of the purchase is no time of an act; every other rule still reads.
_extend({"storage_bought": """bought a gun safe/got a gun safe/ordered a gun safe/installed a gun safe/new gun safe/
    bought gun locks/got gun locks/bought trigger locks/got trigger locks/bought a lockbox/got a lockbox/bought a lock box/
    compramos una caja fuerte/compre una caja fuerte/compramos candados/everything locked up before/locked up before the baby/
    locked them up before/todo bajo llave antes"""})
_extend({"proofing": """before the baby crawls/before he crawls/before she crawls/before the baby can crawl/before he can crawl/
    before she can crawl/before the baby walks/antes de que gatee/antes de que el bebe gatee"""})
STORED_RULE = frozenset({"means", "time"})
_CONTEXT = _CONTEXT | {"storage_bought"}



# Round 45: wording batch 46 and probes missed. A blow kept up "till I saw stars" on the forehead; skin scrubbed
# off as punishment; the baby told to be someone else's "now"; a toxic threshold asked; envy of someone who died;
# slowing on a bridge every night; the highest bridges asked for; a take-home dose taken "all at once"; "is it
# normal that I want to die" in Spanish; a screening answered yes; living made optional; worth more as a payout.
_extend({
    "body": "forehead/my forehead/la frente/mi frente",
    "saw_stars": "till i saw stars/until i saw stars/till i see stars/until i see stars/hasta ver estrellas/hasta que vi estrellas",
    "until_raw": """till the skin comes off/till my skin comes off/until my skin comes off/
        till the skin came off/until the skin came off/till it peels off/hasta que se cae la piel/hasta que se me cae la piel/
        hasta que se me caiga la piel/hasta quitarme la piel/hasta arrancarme la piel/hasta que se me pela""",
    "as_punish": "punishing me/to punish me",
    "take_all": """tomarmela toda/tomarmelo todo/tomarmelos todos/me la tomo toda/
        tomarla toda de una vez/tomarlas todas de una vez""",
    "deadly": """toxic threshold/toxic dose/toxic level/toxic amount/umbral toxico/dosis toxica/nivel toxico/
        cantidad toxica""",
    "own_wish_die": """yo quiera morir/que quiera morir/que quiera morirme/quiero morir/quisiera morir/quiero estar muerta/
        tengo pensamientos de muerte/tengo pensamientos de morir/tengo pensamientos de morirme/tengo ideas de muerte/
        tengo ganas de morir/tengo ganas de morirme/pienso en morirme/i have thoughts of death/i have death thoughts/
        i have thoughts of dying/i keep having thoughts of dying/i have been having thoughts of death/
        i have been having thoughts of dying/i keep thinking about dying""",
    "head_blow": """slammed my forehead into/slammed my head into/slam my head into/slam my forehead into/smashed my forehead/
        smashed my head into/banged my forehead/bang my forehead/me di de cabezazos/me doy de cabezazos/
        me golpee la frente/azote la cabeza contra/azote mi cabeza contra""",
    "envy_w": "le tuve envidia/tuve envidia/tenia envidia/siento envidia/me dio envidia/le tengo envidia",
    "baby_hers": """he is hers now/she is hers now/he is his now/she is his now/he is yours now/she is yours now/
        they are yours now/they are hers now/he is yours for good/she is yours for good/ya es suyo/ya es suya/
        ahora es suyo/ahora es suya/ya es tuyo/ya es tuya/ahora es tuyo/ahora es tuya/ya son suyos/ya son tuyos""",
    "the_dead_ones": "que murio/que fallecio/who just died",
    "died_told": """called the code/called time of death/worked a code/time of death/we called it/lost a patient/
        a patient died/patient passed/se murio un paciente/perdimos un paciente/hora de la muerte""",
    "slow_on": """brake a little slower/brake slower/slower every night/slow down on/slow down over/slowing down on/
        drive slower over/ease off the gas/manejo mas despacio/voy mas despacio/freno en/bajo la velocidad en""",
    "height_sup": """the highest/are the highest/is the highest/the tallest/is the tallest/are the tallest/mas alto/mas alta/
        mas altos/mas altas/el mas alto/la mas alta""",
    "means": "overpasses/bridges/los puentes/puentes/cliffs/ledges/rooftops",
    "said_yes": """i said yes/said yes to/answered yes/i answered yes/circled yes/marked yes/put yes/checked yes/
        dije que si/conteste que si/marque que si/puse que si""",
    "optional_w": "is optional/are optional/optional too/es opcional/son opcionales/opcional tambien",
    "payout": "as a payout/a payout/the payout/life insurance payout/el pago del seguro/el seguro de vida",
    "worth_more": "worth more to/worth more as/worth more dead/valgo mas/vale mas/valdria mas",
    "flatline": "would just flatline/would flatline/just flatline/to flatline/hiciera linea plana/se quedara en linea plana",
    "widowed": """a widower/be a widower/coming home a widower/left a widower/make him a widower/be a widow/left a widow/
        make her a widow/quedar viudo/quedarse viudo/dejarlo viudo/ser viudo/viudo""",
    "easier_for": """easier on him/easier for him/easier on her/easier for her/easier on them/mas facil para el/mas facil para ella""",
    "rather_ended": """rather the whole thing just ended/rather the whole thing ended/rather it all just ended/rather it all ended/
        rather everything just ended/rather everything ended/rather it just all ended/prefiero que todo se acabe/
        preferiria que todo se acabara/preferiria que todo terminara/prefiero que se acabe todo""",
})
CONCEPT_GUARDS.update({
    "baby_hers": "!for/while/till/until/to/so/lol/haha/jaja/mientras/por/hasta/para/tonight/esta/today/hoy",
    "slow_on": "!for/because/porque/por/when/cuando/in/en_la_lluvia/the_ice/ice",
    "rather_ended": "!early/earlier/sooner/before/at/by/on/quickly/fast/already/temprano/antes/rapido/ya_y",
    "own_wish_die": "!de/of_embarrassment/of_shame/of_boredom/laughing/lol/haha/jaja",
    "said_yes": "!to_the_dress/to_the_job/to_the_offer/to_him/to_her/to_marry/a_la_boda",
})
CONCERN_PAIRS += ("baby_hers baby", "envy_w dead", "envy_w died_told",
                  "slow_on means nightly", "slow_on high_spot nightly", "height_sup means", "height_sup high_spot",
                  "take_all medical once_all", "screen_item said_yes", "optional_w live_word", "payout worth_more",
                  "envy_w rite", "head_blow saw_stars", "self_blow saw_stars",
                  "wish_word flatline", "keep_wishing flatline", "widowed easier_for")
CONCERN_ALONE = CONCERN_ALONE + ["own_wish_die", "rather_ended"]
# "is it normal...?" and a story told round them soften none of these.
TOLD_OF = TOLD_OF | {"own_wish_die", "died_told", "baby_hers", "said_yes", "saw_stars", "envy_w", "slow_on"}

# The rules, read once every block above has added its pairs (_window_tier() reads them at call time).
# Round 45 (review 44, B1-B4): the round-44 check-ins narrowed to the wording they were made for. A car and a wall
# named for a charger or a mount are a gadget ("my car wall charger broke"); belongings given away that are the baby's
# clothes, maternity things or given to someone are decluttering ("sigo regalando ropa del bebé, me siento más
# ligera"); the next visit "or any" time, day or slot is a flexible booking ("next appointment or any time, doesn't
# matter now"). A bare "sorry, bye" is no concept any more: only the whole message is the check-in (bot.core.safety,
# _BYE_SORRY_ALONE), not beside "oops", "gotta run" or "thanks". A farewell beside "what is the easiest way" is the check-in ("chao. what is the
# easiest way").
CONCEPT_GUARDS["car_wall"] = ("!charger/chargers/charging/mount/mounts/adapter/adapters/outlet/outlets/plug/plugs/socket"
                              "/sockets/holder/holders/cargador/cargadores/soporte")
CONCEPT_GUARDS["giving_away_now"] = ("!ropa/la_ropa/mi_ropa/clothes/baby/baby_clothes/del_bebe/de_bebe/de_la_bebe"
                                     "/de_maternidad/cosas_de_maternidad/cosas_del_bebe/cosas_de_bebe/ropa_del_bebe"
                                     "/ropa_de_bebe/ropa_de_maternidad/maternity/to/to_the/a/al/a_la/para/on/en")
CONCEPT_GUARDS["or_any_more"] += ("/time/times/day/days/slot/slots/hour/hours/date/dates/works/is_fine/really/dia/dias"
                                  "/hora/horas/horario/fecha/me_sirve/esta_bien")
CONCERN_PAIRS += ("bye way_q",)
_extend({"or_any_more": """proxima cita o ninguna/proxima sesion o ninguna/siguiente cita o ninguna/siguiente sesion o ninguna/
    la proxima o ninguna/proxima infusion o ninguna"""})

# Round 46 (final round; check-in tier only): wording blind batch 47 missed, each read as a check-in and never sure.
# A means named in a clipped fragment with "thinking about it"; a thought of holding the baby under in the bath;
# a subscription to being a person cancelled; quitting everything "even breathing"; hoping a surgery goes wrong;
# a day already chosen with the baby left with someone; the other half wanting to follow the one lost; Spanish
# images of the baby falling (English is caught already); how much of a medicine is too much "not for the baby".
_extend({
    "r46_gas": """stove gas/oven gas/gas from the stove/gas from the oven/gas de la estufa/gas del horno/
        el gas de la estufa/el gas del horno""",
    "r46_mulling": """thinking about it/considering it/considering that/pensandolo/lo estoy pensando/lo pienso/lo considero/
        lo estoy considerando/pensando en eso""",
    "r46_hold_under": """hold under/hold him under/hold her under/hold it under/push under/push him under/push her under/
        keep him under/keep her under/sumergirlo/sumergirla/hundirlo/hundirla/mantenerlo bajo el agua/mantenerla bajo el agua/
        meterlo bajo el agua/meterla bajo el agua""",
    "r46_bath": """bath/bath time/bathtub/bathing/tub/bano/hora del bano/banera/tina/banandolo/banandola""",
    "r46_self_cancel": """cancel my subscription to being a person/cancel my subscription to being human/
        cancel my subscription to life/cancel my subscription to existing/cancel my subscription to existence/
        unsubscribe from being a person/unsubscribe from life/unsubscribe from existing/
        cancelar mi suscripcion a ser persona/cancelar mi suscripcion a la vida/cancelar mi suscripcion a existir/
        darme de baja de la vida/darme de baja de ser persona/darme de baja de existir""",
    "r46_quit_all": """quitting everything/quit everything/quitting it all/renuncio a todo/renunciar a todo/dejo todo/
        dejando todo/me rindo en todo""",
    "r46_breathing": """even breathing/including breathing/and breathing/breathing too/incluso respirar/incluso a respirar/
        hasta respirar/hasta de respirar/y respirar/tambien respirar/breathing $/respirar $""",
    "r46_surgery_wrong": """hope the surgery goes wrong/hope surgery goes wrong/hope the operation goes wrong/
        hope the surgery fails/hope i dont wake up from the surgery/hope i dont wake up from surgery/
        ojala la cirugia salga mal/ojala salga mal la cirugia/ojala la operacion salga mal/ojala salga mal la operacion/
        espero que la cirugia salga mal/espero que la operacion salga mal""",
    "r46_chose_day": """already picked the day/already chose the day/already chosen the day/has picked the day/
        ya escogio el dia/ya eligio el dia/ya escogi el dia/ya elegi el dia/ya tiene el dia/ya tengo el dia escogido""",
    "r46_leave_baby": """leaving the baby with/leave the baby with/leaves the baby with/left the baby with/
        le deja el bebe/deja al bebe con/dejar al bebe con/dejando al bebe con/le deja al bebe/deja el bebe con""",
    "r46_half_follow": """other half wants to follow him/other half wants to follow her/other half of me wants to follow him/
        other half of me wants to follow her/the rest of me wants to follow him/the rest of me wants to follow her/
        la otra mitad quiere seguirlo/la otra mitad quiere seguirla/la otra mitad quiere irse con/
        la otra mitad de mi quiere seguirlo/la otra mitad de mi quiere seguirla/otra mitad quiere seguirlo""",
    "r46_baby_fall": """veo imagenes de mi bebe cayendo/veo imagenes del bebe cayendo/veo a mi bebe cayendo/
        sigo viendo a mi bebe caer/sigo viendo al bebe caer/sigo viendo a mi bebe cayendo/veo a mi bebe caer/
        imagino a mi bebe cayendo/imagino al bebe cayendo/me imagino a mi bebe cayendo/
        imagenes de mi bebe cayendo/imagenes del bebe cayendo/imagenes de mi bebe cayendose""",
    "r46_too_much_es": """es demasiado para/cuanto es demasiado/cuanta es demasiada/cuantas son demasiadas/
        cuantos son demasiados/es demasiado paracetamol/son demasiadas pastillas""",
    "r46_not_for_baby": """no es para el bebe/no es para mi bebe/no son para el bebe/no es para la bebe/
        not for the baby/not for my baby/its not for the baby""",
})
for _arms in ("hold him under", "hold her under", "hold it under", "keep him under", "keep her under",
              "push him under", "push her under", "hold under"):
    _entry_guard_more(_arms, "r46_hold_under",
                      "the_arms/his_arms/her_arms/arms/armpits/the_armpits/his_armpits/her_armpits/the_neck/his_neck/"
                      "her_neck/his_back/her_back/the_chin/his_chin/her_chin/the_tap/the_faucet/the_shower/the_blanket/"
                      "the_covers/a_blanket")
for _day in ("already picked the day", "already chose the day", "already chosen the day", "has picked the day",
             "ya escogio el dia", "ya eligio el dia", "ya escogi el dia", "ya elegi el dia"):
    _entry_guard_more(_day, "r46_chose_day", "for/para/de/del/of/to")
# A whole message that only says the letters are written (the words as safety.canonical() spells them).
_BARE_TIME_OR_LETTERS |= {"done leters writen", "leters writen", "leters are writen", "al leters writen",
                          "the leters are writen", "leters writen done", "al done leters writen", "listo cartas escritas",
                          "cartas escritas", "ya estan las cartas", "las cartas estan escritas", "ya escribi las cartas",
                          "ya estan escritas las cartas"}
CONCEPT_GUARDS["r46_half_follow"] = ("!on/en/around/to/into/home/back/out/outside/in/everywhere/por/a/hasta/al"
                                    "/a_la/con_la_mirada")
CONCEPT_GUARDS["r46_breathing"] = "!exercise/exercises/techniques/technique/ejercicios/tecnicas/deeply/hondo/profundo"
# "I don't have much time left" (found by the before-stop read: the retrained model no longer gave it the check-in);
# "...left before my appointment", "...left on my lunch break" are time of the day.
_extend({
    "r46_time_left": """not much time left/do not have much time left/dont have much time left/do not have long left/
        dont have long left/i have not got long left/no me queda mucho tiempo/me queda poco tiempo""",
})
CONCEPT_GUARDS["r46_time_left"] = ("!before/until/til/on/in/for/to/at/of/antes/para/en/de/hasta/del/today/tonight/this"
                                   "/hoy/esta")
CONCERN_ALONE += ["r46_self_cancel", "r46_surgery_wrong", "r46_half_follow", "r46_baby_fall", "r46_time_left"]
CONCERN_PAIRS += ("r46_gas r46_mulling", "r46_hold_under r46_bath", "r46_quit_all r46_breathing",
                  "r46_chose_day r46_leave_baby", "meds r46_too_much_es r46_not_for_baby")


# Round 47 (farewells and after-me arrangements that reached no tier; check-in only, recognition added). A goodbye
# to the clinic or its staff with thanks and nothing after it ("bye to the nurses, thank you"); thanks beside "I won't
# be coming in again" / "no volveré a venir"; money sent for a burial "just in case"; a message timed to reach a loved
# one who "will understand"; passwords or logins left for family "just in case"; belongings given away beside a break
# "from everything"; labels saying which friend gets what; a full tank and where one is going with no return; a life
# unsubscribed from or resigned ("me doy de baja de la vida"). A next step, a trip's return day or a move keeps the
# everyday reading: the guards below and the softeners already read (a move, "see you", a booking).
_extend({
    "r47_thanks": """thanks/thank you/thank u/thanku/thx/ty/tysm/gracias/muchas gracias/mil gracias""",
    "r47_never_again": """wont be coming in again/will not be coming in again/wont be coming again/not coming in again/
        wont come in again/never coming in again/wont be in again/wont be seeing you again/wont see you again/
        no volvere a venir/no vuelvo a venir/ya no vuelvo a venir/ya no vendre/no voy a volver a venir/no me veran otra vez/
        no me van a volver a ver/ya no me van a ver""",
    "r47_burial_fund": """money for the funeral/money for the burial/money for my funeral/money for my burial/
        money for the cremation/for the burial/for my burial/for my cremation/burial money/funeral money/
        para el entierro/para mi entierro/para el funeral/para mi funeral/para la cremacion/para mi cremacion/
        dinero del entierro/dinero para el entierro""",
    "r47_timed_msg": """scheduled an email/scheduled a text/scheduled a message/scheduled a letter/set an email/
        set a text to send/email to go out/text to go out/message to go out/timed an email/timed a text/
        programe un correo/programe un mensaje/programe un email/deje programado un correo/deje programado un mensaje/
        un correo programado/un mensaje programado""",
    "r47_will_understand": """will understand once/will understand when/understand once he reads/understand once she reads/
        hell understand/shell understand/theyll understand/he will understand/she will understand/they will understand/
        va a entender/van a entender/lo va a entender/lo van a entender/entendera cuando/entenderan cuando""",
    "r47_loved": """my wife/my husband/my hubby/my partner/my mom/my mother/my dad/my father/my sister/my brother/
        my son/my daughter/my kids/my children/my family/my parents/mi esposa/mi esposo/mi marido/mi mujer/mi mama/
        mi papa/mi hermana/mi hermano/mi hijo/mi hija/mis hijos/mi familia/mis papas/mi pareja""",
    "r47_logins": """logins/my logins/log ins/my bank logins/bank logins/account logins/mis contrasenas/contrasenas/
        mis claves/claves del banco""",
    "r47_break_all": """break from everything/break from it all/break from life/break from all of it/
        descanso de todo/descansar de todo/un descanso de todo/pausa de todo/alejarme de todo""",
    "r47_gave_mine": """gave my buddy my/gave my friend my/gave my cousin my/gave my brother my/gave my sister my/
        gave away my/gave him my whole/gave her my whole/my whole setup/le regale mi/le regale mis/le di mi/le di mis/
        regale mi/regale mis""",
    "r47_who_gets": """which coworker gets/which friend gets/which of my friends gets/who gets which/which cousin gets/
        which sister gets/quien se queda con que/que amiga se queda con/cual amiga se queda con""",
    "r47_labelled": """labeled/labelled/labeling/labelling/sticky notes/sticky note/tagged/etiquete/etiquetas/puse notitas""",
    "r47_tank": """tank full/tank is full/full tank/filled the tank/filled up the tank/tanque lleno/el tanque lleno/
        carro lleno de gasolina/lleno de gasolina/llene el tanque""",
    "r47_no_return": """not coming back/never coming back/wont be coming back/no regreso/ya no regreso/no vuelvo/ya no vuelvo/
        no voy a regresar/no pienso regresar/no pienso volver/no voy a volver""",
    "r47_self_cancel": """me doy de baja de la vida/me di de baja de la vida/darme de baja de la vida/dar de baja mi vida/
        unsubscribe from existence/unsubscribing from existence/unsubscribed from existence/unsubscribing from life/
        unsubscribed from life/cancel my subscription to living/cancelling my subscription to life/
        canceling my subscription to life/resigning from life/resign from life/resigning from being alive/
        retiring from life/quitting being a person/quit being a person/quitting being human/
        logging out of life/log out of life/logging off from life/sign out of life/signing out of life/
        renuncio a la vida/renunciar a la vida/renunciando a la vida/me salgo de la vida/cerrar sesion de la vida""",
})
# The clinic or its staff spoken to right after the goodbye or the thanks ("bye clinic", "thank you nurses", "gracias a
# recepción"); the clinic only spoken of ("the clinic is great, bye") is no farewell to it.
_R47_ADDRESSED = ("renew", "renew wellness", "clinic", "the clinic", "this clinic", "front desk", "the front desk",
                  "nurses", "the nurses", "staff", "the staff", "team", "the team", "doctors", "the doctors",
                  "receptionists", "the receptionists", "everyone at the clinic", "everyone at renew",
                  "clinica", "la clinica", "recepcion", "la recepcion", "enfermeras", "las enfermeras", "el personal",
                  "doctora", "doctores", "los doctores", "todos en la clinica", "todas las enfermeras")
_R47_BYES = ("bye", "goodbye", "bye bye", "adios", "chao", "farewell", "so long")
_R47_THANKS = ("thanks", "thank you", "thank u", "thx", "ty", "gracias", "muchas gracias")
_R47_BETWEEN = ("", "to ", "to all ", "to all the ", "a ", "a la ", "a las ", "a los ", "a todas las ", "a todos ")
# (dict.fromkeys: "to all " + "the nurses" and "to all the " + "nurses" make the same phrase, listed once)
_extend({"r47_bye_addr": "/".join(dict.fromkeys(f"{b} {m}{a}" for b in _R47_BYES for m in _R47_BETWEEN for a in _R47_ADDRESSED)),
         "r47_thanks_addr": "/".join(dict.fromkeys(f"{t} {m}{a}" for t in _R47_THANKS for m in _R47_BETWEEN
                                                   for a in _R47_ADDRESSED))})
CONCEPT_GUARDS["r47_bye_addr"] = CONCEPT_GUARDS["r47_thanks_addr"] = (
    "!is/was/has/had/will/said/says/told/called/for_the/for_my/about/es/fue/dijo/me_dijo/my/your/mi/su/prescription"
    "/receta/appointment/cita/card")
CONCEPT_GUARDS["r47_will_understand"] = "!the/that/this/my/our/la/el/lo_del/los/las/if/si"
# the passwords left "in case I forget them" or "get locked out" are a memory aid
for _case in ("in case", "just in case"):
    _entry_guard_more(_case, "just_in_case", "i_forget/i_forget_them/i_get_locked_out/i_lose/i_lose_them/i_lock_myself_out"
                      "/i_lose_my_phone/i_need_them/of_emergency/of_an_emergency")
# a return told with its day or its hour ("not coming back till Monday", "no regreso hasta el lunes") is a trip
CONCEPT_GUARDS["r47_no_return"] = ("!till/until/til/before/for/to/from/this/next/on/tonight/tomorrow/today/hasta/antes"
                                   "/a/al/el/la/en/por/de/manana/hoy/esta/este/home/here")
CONCEPT_GUARDS["r47_never_again"] = ("!till/until/til/before/unless/this/next/on/for/hasta/antes/a_menos/el/la/esta/este"
                                     "/por/en/because/porque/since")
for _back in ("not coming back", "wont be coming back", "wont be back"):
    _entry_guard_more(_back, "absence", "till/until/til/before")
# leaving the chat "to see you Tuesday" ("ya me voy, nos vemos el martes") names the next visit, no absence
_entry_guard_more("ya me voy", "absence", "nos_vemos/see_you/hasta_luego/hasta_manana/hasta_el")
CONCERN_ALONE += ["r47_self_cancel"]
CONCERN_PAIRS += ("r47_bye_addr r47_thanks", "bye r47_thanks_addr", "r47_thanks r47_never_again", "r47_burial_fund just_in_case",
                  "r47_timed_msg r47_will_understand r47_loved", "r47_logins just_in_case r47_loved",
                  "r47_gave_mine r47_break_all", "r47_who_gets r47_labelled", "r47_tank r47_no_return",
                  "where_going r47_no_return")

# Round 47 (blind batch 48, by mechanism; wordings of our own). Images of harming the baby told with the act and its
# object ("imágenes de que la ahogo", "pictures of me smothering her"); a lethal substance of someone else's or from
# work kept, moved about or thought over; food refused on purpose as a punishment deserved; part of oneself wanting
# to follow the one who died; a means or a medicine in a clipped fragment "thinking about it". Whole messages that are
# only a plan, a decision or its time, or only a question for the quickest or painless way, are read in read_concepts().
_extend({
    "r47_img": """imagenes de que/imagen de que/la imagen de que/las imagenes de que/imagenes mias/me veo a mi misma/
        me imagino que/pictures of me/images of me/pictures of myself/images of myself/visions of me/flashes of me/
        pictures in my head of me/images in my head of me/i picture myself/i see myself""",
    "r47_harm_obj": """la ahogo/lo ahogo/la ahogaba/lo ahogaba/la asfixio/lo asfixio/la sofoco/lo sofoco/le hago dano/
        le hacia dano/la lastimo/lo lastimo/la estrangulo/lo estrangulo/la dejo caer/lo dejo caer/la sacudo/lo sacudo/
        smothering her/smothering him/smother her/smother him/drowning her/drowning him/drown her/drown him/
        hurting her/hurting him/shaking her/shaking him/dropping her/dropping him/choking her/choking him""",
    "r47_sub": """fentanyl/fentanilo/fentanil/fentanyl patches/potassium chloride/potassium/potasio/cloruro de potasio/
        morphine/morfina/methadone/metadona/oxycodone/oxicodona/heroin/heroina/digoxin/digoxina/propofol/vecuronium/
        succinylcholine/cyanide/cianuro""",
    "r47_handle": """keep moving it/keep moving them/moving it from/moving them from/drawer to drawer/de cajon a cajon/
        de cajon en cajon/lo cambio de cajon/lo cambio de lugar/lo muevo/los muevo/keep looking at it/keep looking at them/
        been thinking about/thought about/keep thinking about/thinking about it/he pensado en/pienso en/pensando en/
        what he brings home/what she brings home/he brings home/she brings home/lo que trae a casa/lo que trae del hospital/
        trae a la casa/keep taking it out/taking it out/putting it back/lo saco y lo guardo/lo escondo/keep it hidden/
        lo tengo escondido/lo tengo guardado/sigue en el cajon/still in the drawer/still in the cabinet/sigo viendolo""",
    "r47_food_stop": """skip meals/skipping meals/skipped meals/skip eating/not eating/stopped eating/stop eating/
        starving myself/starve myself/refuse to eat/refusing to eat/dont let myself eat/do not let myself eat/
        dejo de comer/deje de comer/no como/no estoy comiendo/me salto comidas/me salto las comidas/no me dejo comer/
        me mato de hambre/me estoy matando de hambre""",
    "r47_deserve": """punishment/a punishment/castigo/como castigo/i deserve/deserve it/deserve to be hungry/deserve to starve/
        dont deserve food/do not deserve food/dont deserve to eat/do not deserve to eat/me lo merezco/me merezco/
        no merezco comer/no merezco comida/lo merezco""",
})
LEXICON["go_with_wish"] += "/" + "/".join(
    f"{part} {wish} {verb} {who}" for part in ("half of me", "part of me", "other half", "the other half", "the rest of me")
    for wish in ("wants to", "want to") for verb in ("follow", "go with", "be with", "join") for who in _GONE_ONE) + (
    "/la otra mitad quiere seguirla/la otra mitad quiere seguirlo/una parte de mi quiere seguirla/"
    "una parte de mi quiere seguirlo/parte de mi quiere irse con ella/parte de mi quiere irse con el/"
    "una parte de mi quiere irse con ella/una parte de mi quiere irse con el/la otra mitad quiere irse con ella/"
    "la otra mitad quiere irse con el")
CONCEPT_GUARDS.update({
    "r47_harm_obj": "!in_kisses/with_kisses/en_besos/con_besos/de_besos/de_amor/with_love/con_amor/off/out",
    "r47_sub": "!supplement/supplements/suplemento/suplementos/level/levels/nivel/niveles/rich/bananas/low/high/bajo/alto"
               "/test/prueba/iodide/yoduro/for_cramps/para_calambres",
})
SURE_WITH["r47_harm_obj"] = "r47_img"
# "hoy es el día de mi cita" names its day, as "today is the day of my appointment" does (quiet in English already).
_entry_guard_more("hoy es el dia", "plan", "de_mi/de_la/del/de_su/de_tu/de_nuestra/de_nuestro/de_los/de_las/para_mi/para_la")
CONCERN_PAIRS += ("r47_sub r47_handle", "r47_food_stop r47_deserve", "r47_food_stop as_punish",
                  "means r46_mulling", "meds r46_mulling")
TOLD_OF = TOLD_OF | {"r47_food_stop", "r47_sub"}
# Someone else's plan reported with its method ("my cousin says he is going to drive his car into the river",
# "mi hermano dice que se va a colgar"): the full block; the relative named does not soften it.
_extend({
    "r47_their_plan": """says she is going to/says he is going to/said she is going to/said he is going to/
        says she is gona/says he is gona/said she is gona/said he is gona/told me she is going to/told me he is going to/
        saying she is going to/saying he is going to/texted she is going to/texted he is going to/
        says she wil/says he wil/said she would/said he would/dice que se va a/dijo que se va a/dice que va a/
        dijo que va a/me dijo que se va a/me dijo que va a/dice que se quiere/dijo que se iba a/me dijo que se iba a""",
    "r47_their_method": """drive it of/drive her car into/drive his car into/drive into the river/
        drive into the lake/drive of the bridge/drive of the dam/drive of a clif/drive of the clif/kil herself/kil himself/
        hang herself/hang himself/shoot herself/shoot himself/drown herself/drown himself/end her life/end his life/
        take al her pils/take al his pils/overdose/colgarse/ahorcarse/aventarse/tirarse del/tirarse de/
        tomarse todas las pastilas/matarse/suicidarse/quitarse la vida/cortarse las venas/estrelarse/
        se va a colgar/se va a ahorcar/se va a aventar/se va a tirar del/se va a tirar de/se va a tomar todas/
        se va a matar/se va a suicidar/se va a quitar la vida/se va a cortar las venas/se va a estrelar/
        se iba a colgar/se iba a aventar/se iba a tirar/se iba a matar/se va a echar al/se va a aventar al""",
})
CONCEPT_GUARDS["r47_their_method"] = ("!el_tiempo/time/a_la_basura/la_basura/el_rato/the_lot/home/a_casa/the_clothes/la_ropa"
                                      "/estudiando/trabajando/de_risa/de_la_risa/working/studying/laughing/with_work/at_work")
_entry_guard_more("overdose", "r47_their_method", "on_caffeine/on_coffee/on_sugar/on_candy/on_chocolate/on_cuteness/on_love"
                  "/on_netflix/on_tv/on_pizza/on_energy/on_shopping/on_sun/on_vitamins")
SURE_WITH["r47_their_plan"] = "r47_their_method"
SOFTENER_VOID["others"] = SOFTENER_VOID.get("others", frozenset()) | {"r47_their_plan"}
# Whole messages: only a plan, a decision or its time ("planning it", "ya está decidido", "it is happening tonight"),
# or only a question for the quickest or painless way ("la forma más rápida que no duela"). Every word must come
# from these short lists, so anything that names a topic (a visit, a party, the IV, the clinic) keeps it quiet.
_BARE_PLAN_FILLER = frozenset(_REPEATS.sub("", w) for w in """i im it its is the a my mind made up so just telling tell told
    someone somebody anyone you know wanted want to ok okay well anyway this that and now finally really
    ya lo la es el esta va ser he solo queria decirle decir alguien que sepa sepas for real will be going gonna am
    doing do through with go hago hare voy hacer a en se me mi""".split())
_BARE_PLAN_CORE = frozenset(_REPEATS.sub("", w) for w in """planning planned plan decided decision decidi decidido decidida
    happening happen happens pasa pasar sucede""".split())
_BARE_PLAN_WHEN = frozenset(_REPEATS.sub("", w) for w in "tonight today day noche hoy dia".split())
_BARE_WAY_FILLER = frozenset(_REPEATS.sub("", w) for w in """what whats is the a one that which does not doesnt wont will would
    so it to do for me i can could just asking there any easiest easy facil cual es la el una que no de lo sin como pa para hacerlo
    hay alguna menos least""".split())
_BARE_WAY = frozenset(_REPEATS.sub("", w) for w in "way ways method methods forma formas manera maneras modo metodo".split())
_BARE_WAY_HOW = frozenset(_REPEATS.sub("", w) for w in """quickest fastest painless hurt hurts duela duele dolor pain
    painful doloroso dolorosa rapida rapido mas""".split())
_BARE_ASKS = frozenset(_REPEATS.sub("", w) for w in "is es do does will wil".split())
_BARE_LONGEST = 14  # words: a longer message says more than a bare plan or question


def _bare_plan(tokens: list[str]) -> bool:
    """A whole message that is only a plan, a decision or its time ("planning it", "hoy es el día")."""
    if not tokens or len(tokens) > _BARE_LONGEST:
        return False
    if any(t not in _BARE_PLAN_FILLER and t not in _BARE_PLAN_CORE and t not in _BARE_PLAN_WHEN for t in tokens):
        return False
    if any(t in _BARE_PLAN_CORE for t in tokens):
        return True
    # "it is tonight", not "tonight" alone nor a question for the date ("is it today")
    return len(tokens) >= 3 and tokens[0] not in _BARE_ASKS and any(t in _BARE_PLAN_WHEN for t in tokens)


def _bare_way_question(tokens: list[str]) -> bool:
    """A whole message that only asks for the quickest or painless way ("como que no duela", "the fastest way")."""
    if not tokens or len(tokens) > _BARE_LONGEST:
        return False
    if any(t not in _BARE_WAY_FILLER and t not in _BARE_WAY and t not in _BARE_WAY_HOW for t in tokens):
        return False
    return any(t in _BARE_WAY_HOW - {"mas"} for t in tokens) and (
        any(t in _BARE_WAY for t in tokens) or "duela" in tokens)


# --- Round 47 -----------------------------------------------------------------------------------------------------------
# Review 46 A5: a storage bought for the baby ("compramos una caja fuerte para el bebé") is no proofing when a contrast or
# a use follows it ("...pero esta noche voy a usar la pistola", "...but I kept the pistol out for tonight", "...except
# the one in my nightstand"): the stored-means rule then stands.
_extend({"r47_storage_turned": """but tonight/but i kept/but i am keeping/but i wil use/but i am going to use/but i am taking/
    except the one/except one/except the pistol/except the gun/except my/kept the pistol out/kept the gun out/kept one out/
    left the gun out/left the pistol out/for tonight/use it tonight/going to use it/gona use it/use the gun/use the pistol/
    taking the gun/taking the pistol/pero esta noche/pero hoy/pero voy a/pero uso/excepto la/excepto el/menos la/menos el/
    voy a usar/esta noche uso/hoy uso/me voy a disparar/usar la pistola/usar el arma"""})
_CONTEXT = _CONTEXT | {"r47_storage_turned"}

# --- Round 48 -----------------------------------------------------------------------------------------------------------
# Check-in only (the final round adds recognition at the concern tier, nothing raised to the full block). A wish that
# one's own test or scan turns out fatal, in Spanish ("ojalá la biopsia salga mal"); planning "cómo irme sin arruinar"
# the others' day; a means looked at "not to ride it / not to cross it"; "would anybody even miss me"; a dangerous place
# that looks more inviting every day; a phone dying "and so am I"; one's own death wanted "to come soon" beside death;
# a relative seen strange who says she is going tonight.
_R48_WISH_ES = ("ojala", "ojala que", "espero que", "quiero que", "una parte de mi quiere que", "casi quiero que")
_R48_TESTS_ES = ("el resultado", "los resultados", "los analisis", "el analisis", "los estudios", "el estudio",
                 "la biopsia", "la tomografia", "la resonancia", "la prueba", "las pruebas", "el examen", "los examenes",
                 "el ultrasonido", "la mamografia", "el escaneo")
_R48_BAD_ES = ("salga mal", "salgan mal", "salga positiva", "salga positivo", "salgan positivos", "salgan positivas",
               "venga mal", "vengan mal", "diga que es cancer", "sea cancer", "digan que es cancer", "salga con cancer")
_R48_TESTS_EN = ("the scan", "the mri", "the ct", "the biopsy", "the results", "my results", "the test", "the tests",
                 "the bloodwork", "the labs", "the mammogram", "the ultrasound", "the lump", "the biopsy results")
_R48_BAD_EN = ("comes back bad", "come back bad", "comes back as cancer", "is cancer", "shows cancer", "says cancer",
               "is terminal", "comes back terminal", "shows something terminal")
_extend({
    "r48_test_wish": "/".join([f"{w} {t} {b}" for w in _R48_WISH_ES for t in _R48_TESTS_ES for b in _R48_BAD_ES]
                              + [f"{w} {b} {t}" for w in ("ojala", "ojala que", "espero que") for b in _R48_BAD_ES
                                 for t in _R48_TESTS_ES]
                              + [f"{w} {t} {b}" for w in ("hope", "hoping", "hopes", "wish", "want", "wants")
                                 for t in _R48_TESTS_EN for b in _R48_BAD_EN]
                              + [f"{w} {t} to {b}" for w in ("want", "wants", "almost want", "kind of want")
                                 for t in _R48_TESTS_EN for b in ("come back bad", "be cancer", "show cancer")]),
    "r48_go_unseen": """pensando como irme sin/planeando como irme/planeo como irme/pienso como irme sin/como irme sin arruinar/
        como irme sin arruinarle/como irme sin lastimar/como irme sin que nadie/como irme sin que se den cuenta/
        como me voy a ir sin arruinar/como desaparecer sin arruinar/planning how to go without/how to go without ruining/
        how to go without wrecking/how to go without hurting/how to go without spoiling""",
    "r48_place": """train/trains/freight train/freight trains/the train/train schedule/train times/the bridge/bridge hours/
        the dam/the cliffs/the cliff/the tracks/the overpass/the subway platform/the guardrail/the water/the sea/the ocean/
        the river/the lake/the edge/el tren/los trenes/el puente/la presa/las vias/el barranco/el acantilado/el mar/
        el agua/el rio/el lago/el borde/la orila/barranco/acantilado/del puente/las rieles""",
    "r48_not_to_use": """not to ride it/not to ride/not to get on/not to get on it/not to cross it/not to cross/not to visit/
        not to visit it/not to take it/not to catch it/not to board/not for riding/not to go across/not to walk across/
        not for a ride/no para subirme/no para cruzarlo/no para cruzar/no para viajar/no para tomarlo/no para subir""",
    "r48_missed_q": """would anybody even miss me/would anyone actually miss me/would anyone really miss me/
        would anybody actually miss me/would anybody really miss me/would anyone even notice im gone/
        would anyone notice im gone/would anyone notice if i was gone/would anyone notice if i were gone/
        alguien me extranaria siquiera/alguien me echaria de menos/me echarian de menos/me extranaria alguien/
        de verdad alguien me extranaria/alguien notaria si ya no estoy/alguien notaria que ya no estoy""",
    "r48_lure_more": """more inviting every day/more inviting each day/more and more inviting/starting to look inviting/
        looking more inviting/looks more inviting lately/cada vez mas tentador/cada vez mas tentadora/mas tentador cada dia/
        se ve muy tentador ultimamente/se ve tentador ultimamente/se ve muy tentador/se ve tan tentador/se ve tentadora""",
    "r48_device_dying": """phone is about to die/phone is dying/phones dying/phones about to die/battery is about to die/
        battery is dying/phone is at 1 percent/phone is at 2 percent/phones at 1 percent/phones at 2 percent/
        at 1 percent/at 2 percent/at 3 percent/se me va a morir el celular/se me muere el celular/
        se me esta muriendo el celular/el celular se va a morir/se va a morir el celular/se me va a morir el telefono/
        la bateria se va a morir/se me muere la bateria/se me acaba la bateria/celular se va a morir/
        celular se esta muriendo/telefono se va a morir/my battery is dying/battery dying/phone dying""",
    "r48_so_am_i": """and so am i/so am i/same as me/just like me/and me too/y yo tambien/igual que yo/como yo/
        and so wil i/so is my wil to live/so is my wil/so is my life/so is my soul/so is my spirit/so is my hope/
        so is my reason to live/and i am dying too/i am dying too/and im dying too/im dying too/as am i/
        y yo me estoy muriendo/y yo tambien me muero/
        y mis ganas de vivir/igual que mis ganas de vivir/como mis ganas de vivir""",
    "r48_mine_soon": """want mine to come soon/want mine to come/want mine soon/want my own to come soon/
        quiero que llegue la mia/quiero que la mia llegue pronto/que la mia llegue pronto/quiero la mia pronto""",
    "r48_seen_strange": """la veo rara/lo veo raro/esta rara/esta raro/anda rara/anda raro/la veo extrana/lo veo extrano/
        acting strange/acting weird/acting off/acting different/seems off/seems strange""",
    "r48_says_going": """dice que esta noche se va/dice que hoy se va/dice que ya se va/dijo que esta noche se va/
        dijo que hoy se va/says she is going tonight/says he is going tonight/said she is going tonight/
        said he is going tonight/says she is leaving tonight/says he is leaving tonight/says tonight she is going/
        says tonight he is going""",
})
CONCEPT_GUARDS["r48_not_to_use"] = "!but/just/yet/today/pero/sino/hoy"
CONCEPT_GUARDS["r48_missed_q"] = ("!at/at_work/if_i_take/if_i_skip/by_my_coworkers/at_the/en_el_trabajo/at_the_office"
                                  "/en_la/en_el/from/for/on/if_i_quit/if_i_left_the")
CONCEPT_GUARDS["r48_says_going"] = "!a/al/de/con/para/to/with/for/home/a_casa/out/on/back/shopping/de_compras"
CONCEPT_GUARDS["r48_so_am_i"] = "!tengo/voy/me_voy/am_i/going/have/tired/hungry/on/at/out/with/cansada/cansado"
CONCERN_ALONE += ["r48_test_wish", "r48_go_unseen", "r48_missed_q"]
CONCERN_PAIRS += ("r48_place r48_not_to_use", "r48_place r48_lure_more", "means r48_lure_more",
                  "r48_device_dying r48_so_am_i", "dead r48_mine_soon", "death r48_mine_soon",
                  "r48_seen_strange r48_says_going")

# Whole messages (round 48): a day or time set with the others away and nothing named ("Saturday. when she's at work.
# that's when", "el viernes cuando no haya nadie. ahí es cuando"); a deadline for an unnamed "it" ("before Christmas
# it'll be over", "para el domingo ya va a estar hecho"); a known method bought, told as a continuation ("and I
# ordered the helium", "y ya compré el carbón"). Every word of the first two comes from short lists, so a message that
# names a topic (the paperwork, the cake, the infusion) stays quiet; the third stays quiet beside a party or a grill.
_R48 = lambda words: frozenset(_REPEATS.sub("", w) for w in words.split())  # noqa: E731
_R48_DAYS = _R48("""monday tuesday wednesday thursday friday saturday sunday tonight tomorrow weekend night morning
    afternoon evening lunes martes miercoles jueves viernes sabado domingo manana noche hoy tarde finde semana""")
_R48_AWAY = _R48("""work away out gone asleep sleeping trip mom moms mother mothers grandma grandmas parents parents
    school daycare gym office shift nobody nadie viaje fuera trabajando trabajo dormidos dormido dormida escuela
    guarderia mama abuela casa suegra suegros""")
_R48_TIME_FILLER = _R48("""when that is thats the then its it this next he she they everyone kids baby husband wife partner
    hubby boyfriend his her my at is are has have left home his her s in on el la los las cuando no este esten haya
    hay se va van vaya vayan mi mis su sus esposo marido pareja novio ninos nina nino bebe en de del al a ahi es ese
    esa dia entonces y ya salga salgan este and all of us nobody nadie else mas con with leaves leave goes go for sale
    salen day everyones""") | _R48_DAYS | _R48_AWAY  # "day" ends "that's the day"
_R48_TIME_ENDS = ("that is when", "thats when", "then", "that is the day", "thats the day", "that is the night",
                  "ahi es cuando", "es cuando", "ese dia", "entonces", "ese dia es", "esa noche", "that is it")
_R48_DEADLINE = _R48("before by til until antes para")
_R48_ASKS = _R48("is es do does will wil would can could when what how cuando que como sera va esta are")
_R48_DONE = _R48("done over finished hecho hecha terminado terminada acabado acabada")
_R48_DONE_FILLER = _R48("""it its itl wil be al everything is going to gona ya va a estar todo se habra habre estara and
    it wil be""") | _R48_DONE
_R48_EVENT = _R48("""the a her his my our baby babys s first 1st 2 3 4 6 two three four six month months week weeks
    appointment apointment checkup visit birthday christmas xmas thanksgiving easter halloween new year years day
    weekend end of next this el la del de mi su primer primera cita cumple cumpleanos navidad ano nuevo fin semana
    mes meses dia pascua""") | _R48_DAYS
_R48_CONTINUES = _R48("and y also tambien plus ya so entonces then")
_R48_BOUGHT = _R48("ordered bought got picked compre pedi consegui ordene")
_R48_GAS = _R48("helium helio charcoal carbon")
_R48_PARTY = _R48("""balloon balloons globos party fiesta birthday cumple cumpleanos grill grilling bbq barbecue asada
    carne parrilla asador for para smores cookout camping""")


def _r48_time_away(tokens: list[str]) -> bool:
    """A whole message that only sets a day or time with the others away and ends on "that's when" / "ahí es cuando"."""
    if not 4 <= len(tokens) <= 16 or any(t not in _R48_TIME_FILLER for t in tokens):
        return False
    words = " ".join(tokens)
    return (any(t in _R48_DAYS for t in tokens) and any(t in _R48_AWAY for t in tokens)
            and any(words.endswith(" " + end) for end in _R48_TIME_ENDS)
            and ("when" in tokens or "cuando" in tokens))


def _r48_deadline_it(tokens: list[str]) -> bool:
    """A whole message that only puts a deadline on an unnamed "it" ("it'll be over before her birthday")."""
    if not 4 <= len(tokens) <= 14 or tokens[0] in _R48_ASKS or not any(t in _R48_DEADLINE for t in tokens):
        return False
    # the "it" part runs from the start or to the end; the rest is the deadline and its event
    for part, rest in ((tokens[:k], tokens[k:]) for k in range(len(tokens) + 1)):
        for it_part, deadline in ((part, rest), (rest, part)):
            if not deadline or deadline[0] not in _R48_DEADLINE or len(deadline) > 7:
                continue
            if not it_part or any(t not in _R48_DONE_FILLER for t in it_part) or not any(t in _R48_DONE for t in it_part):
                continue
            if not any(t in {"it", "its", "itl", "everything", "todo", "va", "estara", "habra"} for t in it_part):
                continue
            if all(t in _R48_EVENT or t in _R48_DEADLINE for t in deadline[1:]) and len(deadline) >= 2:
                return True
    return False


def _r48_bought_method(tokens: list[str]) -> bool:
    """A short continuation that a known method is bought ("and I ordered the helium", "y ya compré el carbón")."""
    return (2 <= len(tokens) <= 14 and tokens[0] in _R48_CONTINUES and any(t in _R48_BOUGHT for t in tokens)
            and any(t in _R48_GAS for t in tokens) and not any(t in _R48_PARTY for t in tokens))


# --- Round 49 (rec49a) ---------------------------------------------------------------------------------------------------
# Check-in only. Finality said of oneself after things are handed over ("I'll give my sister my car keys and that'll be
# it for me", "once I hand off my files that's the end of me", "I'll give the dog to my neighbour and I'll be done
# after that"); looking down a stairwell or over a railing while measuring the drop; hands taken off the wheel or eyes
# shut at speed. Each needs its pair; "that'll be it for me tonight" or "...at this job" keeps the everyday reading.
_extend({
    "r49_end_me": """that wil be it for me/thatl be it for me/that would be it for me/that is it for me then/
        thats it for me then/and that is it for me/and thats it for me/then that is it for me/then thats it for me/
        that is the end of me/thats the end of me/that wil be the end of me/thatl be the end of me/
        that is the last of me/thats the last of me/that wil be the last of me/thatl be the last of me/
        then i am gone/then im gone/after that i am gone/after that im gone/after that il be gone/then il be gone/
        y eso sera todo para mi/y ahi se acaba todo para mi/y ese sera mi fin/y ahi se acaba mi vida/y ahi termino yo""",
    "r49_done_after": """il be done after that/i wil be done after that/im done after that/i am done after that/
        after that i am done/after that im done/after that il be done/then i am done for good/then im done for good/
        and then i am done/and then im done/and then il be done/y despues de eso ya termine/y luego ya me voy""",
    "r49_hand_over": """give my/giving my/gave my/give away my/giving away my/gave away my/hand off my/handing off my/
        handed off my/hand over my/handing over my/handed over my/hand off the/handing off the/hand over the/
        handing over the/drop off my/dropping off my/dropped off my/dropping my/drop my/return my/returning my/
        returned my/return the company/returning the company/leave my/leaving my/left my/give the dog/give the cat/
        give my dog/give my cat/rehome my/rehoming my/my work laptop/my badge/my work phone/the company phone/
        my car keys/my keys to/my jewelry/my guitar/my things to/my stuff to/le doy mis/le dejo mis/regalar mis/
        entregar mis/entrego mis/devolver mi/devuelvo mi""",
    "r49_look_down": """looking down the stairwel/look down the stairwel/looked down the stairwel/staring down the stairwel/
        stare down the stairwel/stared down the stairwel/top of the stairwel/over the stairwel/down the stairwel/
        looking over the railing/look over the railing/looked over the railing/lean over the railing/leaning over the railing/
        leaned over the railing/looking over the balcony/look over the balcony/looked over the balcony/
        leaning over the balcony/looking down from the balcony/looking down from the roof/
        miro hacia abajo por la escalera/me asomo por el barandal/me asomo al barandal/me asomo por el balcon""",
    "r49_measure": """measuring how far/measure how far/measured how far/measure the drop/measuring the drop/measured the drop/
        how far the drop is/how far down it is/how far it is to the bottom/how far to the bottom/how far it is down/
        how far it is/how far down/how many floors/counting floors/counting the floors/counted the floors/count the floors/
        how high it is/how high up/estimating the height/estimate the height/guessing how far/calculating how far/
        calculate the drop/calculating the drop/measuring it in my head/measure it in my head/measured it in my head/
        measuring it/measure it/measured it/measuring the distance/measuring the height/measuring the fall/mido la altura/midiendo la altura/cuantos pisos/
        contando los pisos/conte los pisos/que tan alto es/que tan alto esta""",
    "r49_wheel_off": """take my hands off the wheel/took my hands off the wheel/taking my hands off the wheel/
        take my hands of the wheel/took my hands of the wheel/take both hands off the wheel/took both hands off the wheel/
        let go of the wheel/let go of the steering wheel/letting go of the wheel/letting go of the steering wheel/
        let go of the steering/lift my hands off the wheel/lifted my hands off the wheel/hands off the wheel/
        close my eyes while driving/closed my eyes while driving/closing my eyes while driving/shut my eyes while driving/
        close my eyes while i drive/suelto el volante/solte el volante/soltar el volante/quito las manos del volante/
        quite las manos del volante/cierro los ojos manejando/cerre los ojos manejando""",
    "r49_speed": """on the highway/on the freeway/on the interstate/on the expressway/going 60/going 65/going 70/going 75/
        going 80/going 90/at 70/at 80/mph/miles an hour/full speed/top speed/to see what happens/see what happens/
        and close my eyes/and closed my eyes/and wait/en la autopista/en la carretera/a toda velocidad/a ver que pasa/
        y cierro los ojos""",
})
CONCEPT_GUARDS["r49_end_me"] = ("!tonight/today/for_today/for_tonight/this_week/for_the/for_now/at/at_this/at_the/with/"
                                "with_the/with_this/here/on/lol/haha/jaja/going_to_bed/im_going_to_bed/hoy/esta_noche")
CONCEPT_GUARDS["r49_done_after"] = "!for_today/for_the_day/today/tonight/for_tonight/with/at/lol/haha/hoy"
CONCEPT_GUARDS["r49_wheel_off"] = ("!to_grab/to_get/to_drink/to_eat/to_text/to_answer/to_stretch/to_adjust/to_fix/"
                                   "to_scratch/to_sneeze/to_wave/to_dance/to_clap/to_pick/to_open/para")
CONCERN_PAIRS += ("r49_hand_over r49_end_me", "given_away r49_end_me", "r49_hand_over r49_done_after",
                  "given_away r49_done_after", "r49_look_down r49_measure", "r49_wheel_off r49_speed",
                  "r49_wheel_off wish_word")
TOLD_OF = TOLD_OF | {"r49_end_me", "r49_done_after", "r49_look_down", "r49_wheel_off"}
# the one given to ("to my cousin") is part of the handover; "it for me" keeps the writer its subject
SOFTENER_VOID["others"] = SOFTENER_VOID.get("others", frozenset()) | {"r49_end_me", "r49_done_after"}

# Round 49 (rec49a), more: a blow to one's own head kept up "over and over" or "until I see spots" ("hit my head on the
# tile over and over"); a wound worked on to hurt more ("pressing on my incision on purpose to hurt more"); boiling
# water poured on oneself; lying down to let the Creator, the cold or the snow take one; things handed over beside
# "going away for good". "I hit my head on the cabinet, saw stars lol" names neither the repeat nor the "until".
_extend({
    "r49_head_hit": """hit my head on the/hit my head against the/hitting my head on the/hitting my head against the/
        hit my head on/hit my head against/hitting my head on/hitting my head against/banging my head on/bang my head on/
        banged my head on/banging my head against/banged my head against/smack my head on/smacking my head on/
        smacking my head against/smash my head on/smashing my head on/smashing my head against/knock my head on/
        knocking my head against/me pego la cabeza en/me golpeo la cabeza en/golpeando mi cabeza contra/pegando la cabeza contra""",
    "saw_stars": """until i see spots/till i see spots/til i see spots/until i saw spots/till i saw spots/until i see black/
        until everything goes black/till everything goes black/until it goes black/until my ears ring/til my ears ring/
        till my ears ring/until my vision goes/until i get dizzy/till i get dizzy/until i feel dizzy/hasta ver manchas/
        hasta que veo manchas/hasta que se me nubla/hasta marearme/hasta que me mareo""",
    "r49_wound": """my incision/the incision/my stitches/my staples/my scar/my c section scar/my csection scar/my section scar/
        my wound/the wound/my cut/my cuts/my burn/my burns/my bruise/my bruises/my scab/my scabs/my herida/la herida/
        mi herida/mi cicatriz/la cicatriz/mis puntos/los puntos/la incision/mi incision""",
    "r49_hurt_more": """to hurt more/so it hurts more/so it would hurt more/to make it hurt more/to make it hurt/so it hurts/
        so that it hurts/until it hurts more/till it hurts more/to hurt it more/make it worse on purpose/to make it worse/
        to feel it hurt/just to feel the pain/on purpose to hurt/on purpose so it hurts/on purpose to open/
        to open them back up/to open it back up/to reopen it/to reopen them/to feel the pain/para que duela mas/para que me duela/para que me duela mas/
        hasta que me duela mas/para sentir el dolor""",
    # (the pours "on myself" and "me eché agua hirviendo" are their own concept, r51_scald_self, since round 51)
    "r49_scald": """pouring the boiling water on my/pour the boiling water on my/pouring boiling water on my/
        pour boiling water on my/poured boiling water on my""",
    "r49_scald_on": """poured hot water on my/pouring hot water on my/pour hot water on my/poured boiling water on/
        held my hand under the hot water/hold my hand under the hot water/holding my hand under the hot water/
        held my arm under the hot water/me eche agua caliente en/echarme agua caliente en""",
    "r49_let_take": """let creator take me/let the creator take me/let the lord take me/let jesus take me/let allah take me/
        let the universe take me/let the cold take me/let the snow take me/let the water take me/let the river take me/
        let the sea take me/let death take me/let nature take me/let the night take me/let the dark take me/
        let him take me home/let the lord have me/let god have me/let creator have me/que dios me lleve/que el creador me lleve/
        dejar que dios me lleve/dejar que el frio me lleve/dejar que el agua me lleve/let it take me/let it have me""",
    "r49_lie_down": """lie down/lay down/lying down/laying down/just lie there/lie there/lay there/lay out in/lie out in/
        go to sleep outside/acostarme/me acuesto/tirarme en/recostarme""",
})
CONCEPT_GUARDS["r49_head_hit"] = "!by_accident/accidentally/sin_querer/when/getting/while/lol/haha"
CONCEPT_GUARDS["r49_hurt_more"] = "!less/menos"
CONCEPT_GUARDS["r49_scald"] = "!by_accident/accidentally/sin_querer/by_mistake/making/cooking"
CONCEPT_GUARDS["r49_let_take"] = "!to/where/through/by_the_hand/places/on/over/a/hacia/por"
CONCERN_ALONE += ["r49_scald"]
CONCERN_PAIRS += ("r49_head_hit over_again", "r49_head_hit saw_stars", "head_blow saw_stars", "body saw_stars",
                  "r49_wound r49_hurt_more", "r49_scald image_urge", "r49_scald_on on_purpose",
                  "r49_let_take r49_lie_down", "r49_let_take image_urge", "r49_let_take wish_word",
                  "r49_hand_over leave_good", "their_giving leave_good", "given_away leave_good")
TOLD_OF = TOLD_OF | {"r49_head_hit", "r49_wound", "r49_scald", "r49_let_take"}

# Round 49 (rec49a), accidents welcomed: a wreck or a truck over the line pictured happening to oneself, with relief,
# "it wouldn't be so bad" or "I wouldn't swerve"; an accident prayed for. Each half alone stays quiet.
_extend({
    "r49_wreck": """if a truck came over the line/a truck came over the line/truck came over the line/came over the line/
        crossed the line and hit me/crossed the center line/came across the line/crossed the median/hit me head on/
        hits me head on/if i got hit/if i get hit/if i was hit/if i got in a wreck/if i get in a wreck/if i crashed/
        if my car crashed/if my truck hits/hits black ice/hit black ice/if i got t boned/if i get t boned/
        praying for an accident/pray for an accident/prayed for an accident/hoping for an accident/hope for an accident/
        wishing for an accident/wish for an accident/praying for a wreck/hoping for a wreck/si me choca un camion/
        si me atropellan/si me atropella un carro/si choco/rezo por un accidente/rezando por un accidente""",
    "r49_welcome": """would not be so bad/wouldnt be so bad/would not be that bad/wouldnt be that bad/not be so bad/
        would be relief/would be a relief/feeling would be relief/first feeling would be relief/i would feel relief/
        wouldnt swerve/would not swerve/wont swerve/would not even swerve/wouldnt even swerve/not going to swerve/
        would solve a lot/would solve everything/would fix everything/honestly be grateful/i would be grateful/
        nothing dramatic/just a quick one/a quick one/no seria tan malo/seria un alivio/no me quitaria/no esquivaria""",
})
CONCERN_PAIRS += ("r49_wreck r49_welcome",)
CONCEPT_GUARDS["r49_wreck"] = "!with/by/on_the_head/in_the_face/con/and_almost/and_we/last/yesterday"
TOLD_OF = TOLD_OF | {"r49_wreck"}

# --- Round 49 (rec49b) --------------------------------------------------------------------------------------------------
# Check-in only: Spanish, Spanglish and chat-spelt recall. A past attempt said to be coming back ("ya intenté una vez
# ... siento que voy pa'llá otra vez", "la última vez tomé pastillas y now the feeling is back"); joining a dead
# relative soon ("pronto estaré con ella" beside a death told); a means made ready "para mí" ("afilé el cuchillo, es
# para mí"); asking God to take me ("cada noche te pido que ya me recojas", "I keep asking Him to take me home"); a
# letter left "por si acaso"; the baby and me going together ("quiero que el bebé y yo nos vayamos juntos"); things
# given away that "feel like closing everything"; hitting or scratching oneself until it bleeds.
_extend({
    "r49_back_again": """voy pala otra vez/voy para ala otra vez/voy pa ala otra vez/me voy pala otra vez/voy de nuevo para ala/
        voy pala de nuevo/otra vez estoy igual/estoy igual otra vez/otra vez me siento igual/me siento igual otra vez/
        otra vez me siento asi/estoy igual que esa vez/estoy igual que aquela vez/me siento igual que esa vez/
        me siento igual que aquela vez/estoy como esa vez/estoy como aquela vez/me siento como esa vez/
        me siento como aquela vez/vuelvo a estar igual/volvi a estar igual/me esta volviendo a pasar/
        me esta pasando otra vez/esta regresando el sentimiento/regreso el sentimiento/volvio el sentimiento/
        ya volvio el sentimiento/vuelve el sentimiento/volvieron los pensamientos/regresaron los pensamientos/
        ya regresaron las ganas/volvieron las ganas/otra vez las ganas/otra vez con las ganas/
        the feeling is back/feeling is back/the feelings are back/feelings are back/its back again/it is back again/
        im back there again/i am back there again/heading back there/going back there again/ya voy otra vez para ala/
        otra vez ando igual/ando igual que esa vez/ando igual otra vez""",
    "r49_last_time": """last time/the last time/la ultima vez/la vez pasada/esa vez/aquela vez/la otra vez/la primera vez""",
    "r49_join_soon": """pronto estare con ela/pronto estare con el/pronto voy a estar con ela/pronto voy a estar con el/
        ya pronto estare con ela/ya pronto estare con el/ya me voy con ela/ya me voy con el/ya voy con ela/ya voy con el/
        pronto me voy con ela/pronto me voy con el/ya mero estoy con ela/ya mero estoy con el/ya mero me voy con ela/
        ya mero me voy con el/ya casi estoy con ela/ya casi estoy con el/pronto estaremos juntas/pronto estaremos juntos/
        ya me voy con mi mama/ya me voy con mi papa/ya me voy con mi abuela/ya me voy con mi abuelita/
        ya me voy con mi hermana/ya me voy con mi hermano/ya me voy con mi hijo/ya me voy con mi hija/
        pronto me voy con mi mama/pronto me voy con mi papa/pronto estare con mi mama/pronto estare con mi papa/
        pronto estare con mi abuela/pronto estare con mi hijo/pronto estare con mi hija/pronto estare con mi bebe/
        i wil be with her soon/il be with her soon/i wil be with him soon/il be with him soon/going to join her/
        going to join him/gona join her/gona join him/going to join my mom/going to join my mother""",
    "r49_made_ready": """afile/ya afile/le saque filo/le saque filo al/prepare/ya prepare/deje listo/deje lista/ya deje listo/
        ya deje lista/tengo listo/tengo lista/ya tengo listo/ya tengo lista/ya esta listo/ya esta lista/sharpened/
        i sharpened/got it ready/have it ready/puse aparte""",
    "r49_for_me_es": """es para mi/son para mi/eso es para mi/esto es para mi/para mi misma/para mi mismo/its for me/
        it is for me/that is for me/thats for me/they are for me/for myself""",
    "r49_god_take": """recojeme/recogeme/ya recojeme/recojeme ya/que ya me recojas/que me recojas/ya me recojas/me recojas ya/recogeme ya/ya recogeme/que me recoja/
        que ya me recoja/que me lleves/que ya me lleves/llevame contigo/ya llevame/que me lleves contigo/
        to take me home/take me home/asking him to take me/ask him to take me/asking her to take me/
        asking god to take me/ask god to take me/asking you to take me/begging him to take me/
        te pido que me lleves/le pido que me leve/le pido que me recoja/le pido que ya me recoja""",
    "r49_together_es": """nos vayamos juntos/nos vayamos juntas/nos vayamos los dos/nos vayamos las dos/irnos juntos/
        irnos juntas/irnos los dos/irnos las dos/nos vamos a ir juntos/nos vamos a ir juntas/nos iremos juntos/
        nos iremos juntas/nos vamos juntos/nos vamos juntas/go together/both go together/leave together""",
    "r49_to_heaven": "al cielo/con ela al cielo/con el al cielo/conmigo al cielo/to heaven/with her to heaven/with me to heaven",
    "r49_closing_all": """como cerar todo/cerando todo/cerar todo/estoy cerando todo/como cerar ciclos/dejando todo en orden/
        deje todo en orden/dejar todo en orden/como despedirme/como una despedida/feels like closing everything/
        like closing everything/closing everything/wrapping everything up/tying up loose ends/no entendio por que yo si/
        no entendio porque yo si/no entienden por que yo si/no entienden porque yo si/no saben por que yo si/
        didnt understand why i do/they dont know why i do""",
    "r49_self_hit": """me pego a mi misma/me pego a mi mismo/me pego yo misma/me pego yo sola/me golpeo a mi misma/
        me golpeo yo misma/me doy golpes/me doy cachetadas/me cacheteo/se pega a si misma/se esta pegando a si misma/
        se golpea a si misma/se esta golpeando a si misma/se esta pegando ela misma/se pega ela sola""",
    "r49_to_blood": """hasta sacarme sangre/hasta que me sale sangre/hasta que sale sangre/hasta sangrar/hasta que sangro/
        hasta que me sangra/hasta sacar sangre/until i bleed/until it bleeds/til it bleeds/till it bleeds/until blood""",
    "r49_scratch": "me rasco/me rasguno/me arano/me rascaba/me rasgunaba/me araniaba/i scratch/i claw/scratch my/claw at my",
})
CONCEPT_GUARDS["r49_join_soon"] = ("!el_domingo/el_sabado/el_viernes/manana/al/a/a_la/de/para/en/el_fin/este/esta/"
                                   "a_comprar/a_la_tienda/al_doctor/a_la_cita/de_compras/de_viaje")
CONCEPT_GUARDS["r49_together_es"] = ("!a/al/a_la/de/para/en/con/el/la/this/to/on/for/de_viaje/de_vacaciones/"
                                     "to_the/on_a/de_compras/a_mexico/a_casa")
CONCEPT_GUARDS["r49_made_ready"] = "!la_cena/la_comida/el_almuerzo/dinner/lunch/the_food/la_carne/los_tamales/the_meat"
CONCEPT_GUARDS["r49_for_me_es"] = "!y_para/and_for/y_mi/and_my/la_carne/la_cena/cocinar/to_cook"
CONCERN_ALONE += ["r49_self_hit"]
CONCERN_PAIRS += ("tried_past r49_back_again", "attempt r49_back_again", "r49_last_time meds r49_back_again",
                  "r49_last_time method r49_back_again", "r49_last_time attempt r49_back_again",
                  "r49_join_soon loss_told", "r49_join_soon dead", "r49_join_soon grave_ctx", "r49_join_soon death",
                  "r49_made_ready means r49_for_me_es", "r49_made_ready sharp r49_for_me_es",
                  "god_word r49_god_take", "baby r49_together_es image_urge", "baby r49_together_es wish_word",
                  "baby r49_together_es spare_other", "baby r49_to_heaven with_me", "baby r49_to_heaven r49_takes_along",
                  "r47_gave_mine r49_closing_all", "given_away r49_closing_all", "r49_scratch r49_to_blood")
_extend({"r49_takes_along": """se va a levar al bebe/se va a levar a la bebe/me voy a levar al bebe/me levo al bebe/
    levarme al bebe/levar al bebe conmigo/levarse al bebe/se quiere levar al bebe/quiere levarse al bebe/
    take the baby with me/take the baby with her/taking the baby with me/taking the baby with her"""})
# a letter left "just in case" and nothing after it says what for ("por si acaso se me olvida decirle" is a reminder)
_extend({"r49_in_case": "just in case/por si acaso/por si las dudas/x si acaso/por si algo/in case"})
CONCEPT_GUARDS["r49_in_case"] = ("!se/te/le/de/que/no/i_forget/i_lose/i_miss/it/he/she/you/the/we/they/llueve/rains/"
                                 "it_rains/mi/my/su/his/her/tenga/tengo/ocupo/need/hay/there/nos/se_me/olvido/olvide/"
                                 "pierdo/forget/lose/for/para/con/with/of/del/el/los/las/ella/el/ustedes/alguien")
CONCERN_PAIRS += ("letter_left r49_in_case", "letter_left when_gone")
# a grandmother telling of her daughter's plan is a report to act on, not a story; closing everything voids "others"
TOLD_OF = TOLD_OF | {"r49_takes_along"}
SOFTENER_VOID["others"] = SOFTENER_VOID.get("others", frozenset()) | {"r49_closing_all"}

# Round 49 (rec49b), continued: a voice that says to jump or to die ("la voz en mi cabeza says tírate del balcón");
# the baby put in the tub "y no sacarlo"; "cuántos Tylenol would it take, pregunto por mi prima" (the disguise softens
# nothing); "no fue la plancha, fui yo"; "nomás meterme" into water beside mulling or quiet; driving and picturing
# turning into the barrier.
_extend({
    "r49_voice": """la voz/una voz/las voces/unas voces/the voice/a voice/the voices/voices/la voz en mi cabeza/
        una voz en mi cabeza/voice in my head/voices in my head""",
    "r49_die_cmd": """tirate/aventate/avientate/brincale/matate/cortate/ahorcate/tirate del balcon/tirate del puente/
        jump off/just jump/kil yourself/cut yourself/hang yourself/que me tire/que me avente/que me mate/que me corte/
        tells me to jump/telling me to jump/tells me to die/telling me to die/says to jump/says jump""",
    "r49_not_out": """no sacarlo/no sacarla/y no sacarlo/y no sacarla/dejarlo abajo/dejarla abajo/dejarlo bajo el agua/
        dejarla bajo el agua/not take him out/not take her out/not pull him out/not pull her out/leave him under/
        leave her under""",
    "r49_was_me": "no fue la plancha fui yo/no fue la plancha lo hice yo/no fue la plancha me lo hice yo/no fue la estufa fui yo/no fue la estufa lo hice yo/no fue la estufa me lo hice yo/no fue el comal fui yo/no fue el comal lo hice yo/no fue el comal me lo hice yo/no fue el sarten fui yo/no fue el sarten lo hice yo/no fue el sarten me lo hice yo/no fue el horno fui yo/no fue el horno lo hice yo/no fue el horno me lo hice yo/no fue la olla fui yo/no fue la olla lo hice yo/no fue la olla me lo hice yo/no fue un accidente fui yo/no fue un accidente lo hice yo/no fue un accidente me lo hice yo/no fue accidente fui yo/no fue accidente lo hice yo/no fue accidente me lo hice yo/no fue el cuchillo fui yo/no fue el cuchillo lo hice yo/no fue el cuchillo me lo hice yo/no fue la navaja fui yo/no fue la navaja lo hice yo/no fue la navaja me lo hice yo/it wasnt the iron it was me/it wasnt the iron i did it/it wasnt the stove it was me/it wasnt the stove i did it/it wasnt the oven it was me/it wasnt the oven i did it/it wasnt the pan it was me/it wasnt the pan i did it/it wasnt an accident it was me/it wasnt an accident i did it/it wasnt the knife it was me/it wasnt the knife i did it/wasnt the iron it was me/wasnt the iron i did it/wasnt the stove it was me/wasnt the stove i did it/wasnt the oven it was me/wasnt the oven i did it/wasnt the pan it was me/wasnt the pan i did it/wasnt an accident it was me/wasnt an accident i did it/wasnt the knife it was me/wasnt the knife i did it/it was not the iron it was me/it was not the iron i did it/it was not the stove it was me/it was not the stove i did it/it was not the oven it was me/it was not the oven i did it/it was not the pan it was me/it was not the pan i did it/it was not an accident it was me/it was not an accident i did it/it was not the knife it was me/it was not the knife i did it/was not the iron it was me/was not the iron i did it/was not the stove it was me/was not the stove i did it/was not the oven it was me/was not the oven i did it/was not the pan it was me/was not the pan i did it/was not an accident it was me/was not an accident i did it/was not the knife it was me/was not the knife i did it",
    "r49_just_in": """nada mas meterme/solo meterme/meterme y ya/nada mas meterme y ya/just get in/just go in/just walk in/
        just step in/just slip in""",
    "r49_quiet": """let it be quiet/let it al be quiet/let everything be quiet/que todo quede en silencio/que todo se calle/
        que ya todo se cale/y ya no sentir nada/and not feel anything/let it end/que ya se acabe""",
    "r49_into_barrier": """into the barrier/into the barier/into the wall/into the median/into the guardrail/into a pole/
        into the pole/into a tree/into oncoming/into the divider/contra la barda/contra el muro/contra la barera/
        contra un poste/contra el poste/contra un arbol/contra la contencion/estrelarme contra/estrelarme""",
})
CONCERN_ALONE += ["r49_was_me"]
CONCERN_PAIRS += ("r49_voice r49_die_cmd", "baby bath r49_not_out", "baby tub_water r49_not_out",
                  "would_take meds asking_for_kin", "how_much_q meds asking_for_kin",
                  "r49_just_in water r46_mulling", "r49_just_in water r49_quiet", "r49_just_in tub_water r49_quiet",
                  "driving image_urge r49_into_barrier")
CONCEPT_GUARDS["r49_die_cmd"] = ("!a_la_derecha/a_la_izquierda/a_la_alberca/a_la_piscina/al_agua/a_dormir/en_la_cama/"
                                 "al_sofa/en_el_sofa/la_ropa/la_basura/a_descansar/left/right/a_nap/on_the_couch/"
                                 "in_the_pool/into_the_pool/on_the_bed")
CONCEPT_GUARDS["r49_not_out"] = "!nunca_le_encanta/nunca_porque/porque_le/le_encanta/because_he/because_she/he_loves/she_loves"
_extend({"r49_at_wheel": """en la troca/en mi troca/en el carro/en mi carro/en la camioneta/en mi camioneta/en el coche/
    manejando/driving/behind the wheel/al volante"""})
CONCERN_PAIRS += ("r49_just_in means r49_quiet", "r49_at_wheel image_urge r49_into_barrier")
SOFTENER_VOID["others"] = SOFTENER_VOID["others"] | {"asking_for_kin"}  # "pregunto por mi prima" is the disguise


# --- Round 50 (falarm50) -------------------------------------------------------------------------------------------------
# A baby held under beside a pool, a lake or the baby taken into the water ("I jumped in the pool with the baby and held
# him under"): sure, as "held him under" beside "too long" is (round 50 lowers a swim with the baby to the check-in).
SURE_TRIPLES += ("held_under baby_harm means",)
# (held "under the arms", "under his armpits" to float is no harm)
_concept_guard_more("held_under", "the_arms/his_arms/her_arms/their_arms/the_armpits/his_armpits/her_armpits/the_arm/"
                                  "his_arm/her_arm/los_brazos/las_axilas/sus_brazos/sus_axilas")
# --- Round 50 (rec50) ---------------------------------------------------------------------------------------------------
# Check-in only (the session's last round: recognition at the gentle check-in, no new sure verdict). Sorry said to the
# baby ahead of one's going ("sorry to the baby in advance, for leaving", "sorry I won't see her first birthday"); food
# refused as deserved punishment in chat Spanish ("no me e comido nada a propósito, no meresco"); a continuation that
# adds the baby to one's going ("i mean the baby too, we should both go"); holding on until someone is back "and then
# I can go"; a goodbye saved as a draft or scheduled to send; a relative asked to raise the baby "if something happened
# to me", or to promise it; wanting to get sick enough "to not have to be here"; peace about a "decision to go" and
# the pet's new home; looking at a balcony railing while holding the baby. Each has its everyday cousin guarded.
_extend({
    "r50_sorry_baby": """sorry to the baby/sorry to my baby/sorry to my son/sorry to my daughter/sorry to her/sorry to him/
        apologizing to the baby/apologizing to my baby/apologize to the baby/apologize to my baby/apologized to the baby/
        apologized to my baby/telling the baby sorry/telling my baby sorry/tell the baby sorry/tell my baby sorry/
        told the baby sorry/told my baby sorry/whispered to my baby that i am sorry/whispered to the baby that i am sorry/
        told my baby i am sorry/told the baby i am sorry/tell my baby i am sorry/whisper to her that i am sorry/
        whispered to her that i am sorry/whispered to him that i am sorry/le pido perdon al bebe/le pido perdon a mi bebe/
        le pido perdon a mi hija/le pido perdon a mi hijo/le pedi perdon a mi bebe/le pedi perdon al bebe/
        le digo perdon a mi bebe/le digo a mi bebe que lo siento/le dije a mi bebe que lo siento/perdon a mi bebe/
        told my son i am sorry/told my daughter i am sorry/tell my son i am sorry/tell my daughter i am sorry/
        told the baby i am so sorry/told my baby i am so sorry/le dije a mi hijo que lo siento/le dije a mi hija que lo siento/
        le digo a mi hijo que lo siento/le digo a mi hija que lo siento""",
    "r50_ahead_leaving": """in advance/ahead of time/for leaving/for leaving her/for leaving him/for leaving you/
        for going/that i am leaving/that i will leave/that i wil not be here/that i am not going to be here/
        that i wont be here/for not being here/for not being around/for what i am going to do/for what i will do/
        por adelantado/de antemano/por irme/por dejarla/por dejarlo/por dejarte/por lo que voy a hacer/
        porque ya no voy a estar/por no estar""",
    "r50_miss_first": """wont see her first birthday/wont see his first birthday/will not see her first birthday/
        will not see his first birthday/wont be here for her first birthday/wont be here for his first birthday/
        will not be here for her first birthday/will not be here for his first birthday/
        wont be there for her first birthday/wont be there for his first birthday/wont see her grow up/
        wont see him grow up/will not see her grow up/will not see him grow up/wont get to see her grow up/
        wont get to see him grow up/not going to see her grow up/not going to see him grow up/
        no voy a ver su primer cumpleanos/no voy a estar en su primer cumpleanos/no voy a llegar a su primer cumpleanos/
        no la voy a ver crecer/no lo voy a ver crecer/no voy a verla crecer/no voy a verlo crecer""",
})
CONCEPT_GUARDS["r50_ahead_leaving"] = ("!for_the/for_your/for_my/for_any/for_all/for_this/for_long/for_the_long/"
                                       "her_at/him_at/her_with/him_with/you_with/at/with/for_work/to_work/early/for_a/"
                                       "her_in/him_in/so/to/the/a_la/al/con/en/temprano/para/por_la")
CONCEPT_GUARDS["r50_miss_first"] = ("!because/cause/since/bc/party/in_person/porque/por_el_trabajo/por_trabajo/"
                                    "because_of/due_to/on_facetime/live")
CONCERN_PAIRS += ("r50_sorry_baby r50_ahead_leaving", "r50_sorry_baby r50_miss_first", "sorry r50_miss_first")

# food refused on purpose and as deserved, in chat Spanish and in a partner's words ("says she doesn't deserve to"); food
# not eaten since a time, in chat English ("i not eat since 4 days")
_extend({
    "no_eat": """no me e comido/no e comido/no he comido nada/no e comido nada/no me he comido nada/no me e comido nada/
        no como nada a proposito/ni e comido/ni he comido/
        not eat since/no eat since/not eat for/i not eat/not ate since/have not ate/no comer desde/sin comer desde""",
    "r47_deserve": """no merezco/no meresco/no lo merezco/no lo meresco/no me lo merezco/no me lo meresco/no merezco nada/
        no meresco nada/no meresco comer/no se lo merece/dice que no se lo merece/dice que no merece/
        does not deserve to/doesnt deserve to/dont deserve to/doesnt deserve food/
        does not deserve food/says she does not deserve/says he does not deserve/she does not deserve to eat/
        i dont deserve it/i do not deserve it""",
})
CONCERN_PAIRS += ("no_eat r47_deserve", "no_eat r50_punish_body", "r47_food_stop r50_punish_body")
TOLD_OF = TOLD_OF | {"no_eat"}
_extend({"r50_punish_body": """punishing it/punishing my body/punishing myself/punish my body/punish myself/
    castigando mi cuerpo/castigar mi cuerpo/castigandome/me castigo/me estoy castigando"""})
CONCEPT_GUARDS["r50_punish_body"] = "!with_workouts/at_the_gym/with_exercise/for_eating"

# a continuation that adds the baby to one's own going ("(2/2) i mean the baby too. i think we should both go")
_extend({
    "r50_both_go": """we should both go/we both should go/both of us should go/we could both go/we should both just go/
        we both need to go/we should go together/we should both be gone/we both should be gone/both of us gone/
        we should both leave/both of us should leave/deberiamos irnos los dos/deberiamos irnos las dos/
        nos deberiamos ir los dos/nos deberiamos ir las dos/mejor nos vamos los dos/mejor nos vamos las dos/
        que nos vayamos los dos/que nos vayamos las dos""",
    "r50_baby_too": """the baby too/my baby too/the baby as well/him too/her too/el bebe tambien/mi bebe tambien/
        la bebe tambien/ella tambien/el tambien""",
})
CONCEPT_GUARDS["r50_both_go"] = ("!to/to_the/in/for/see/get/out/back/home/shopping/together_to/to_his/to_her/to_my/"
                                 "a/a_la/al/de/para/con/and_get/and_see/this/next/tomorrow/manana/on/at")
CONCERN_PAIRS += ("baby r50_both_go", "r50_baby_too r50_both_go")

# holding on only until someone is back or a day comes, and then going ("hold on until my husband's back ... and then
# I can go"; "then the gym" is a plan for the afternoon)
_extend({
    "r50_hold_until": """hold on until/hang on until/hold on till/hang on till/hold out until/hold out till/
        make it until/wait until/wait till/stick around until/stay until/aguantar hasta que/aguanto hasta que/
        aguantar hasta/esperar hasta que/espero hasta que/nomas aguantar hasta/aguantar nada mas hasta/
        waiting until/waiting till/holding on until/hanging on until/holding on till/hanging on till/
        esperando hasta que/aguantando hasta que""",
    "r50_then_go": """and then i can go/then i can go/then i am allowed to go/then im allowed to go/and then i am allowed to go/
        then i get to go/and then i get to go/then i can leave/and then i can leave/then i am free to go/then im free to go/
        y luego ya me puedo ir/y despues ya me puedo ir/y ya me puedo ir/luego ya me puedo ir/despues ya me voy/
        y luego ya me voy/y ya me voy""",
})
CONCEPT_GUARDS["r50_then_go"] = ("!to/to_the/to_my/out/back/home/shopping/for/get/grab/run/do/pick/see/on/in/a/a_la/al/"
                                 "de/para/con/a_casa/a_trabajar/a_dormir/al_gym/al_gimnasio/de_compras/and_get/"
                                 "nap/sleep/rest/shower/eat/work/outside/downstairs/upstairs/early")
CONCERN_PAIRS += ("r50_hold_until r50_then_go",)

# a goodbye saved as a draft or scheduled to send
_extend({
    "r50_queued": """saved it as a draft/saved as a draft/saved it in drafts/saved it in my drafts/in my drafts/
        scheduled send/schedule send/scheduled it to send/scheduled to send/scheduled it for/set it to send/
        set to send/timed to send/lo deje en borradores/lo guarde en borradores/en borradores/
        programado para enviarse/lo programe para/programe el mensaje/programe que se envie/envio programado""",
    "r50_goodbye_text": """the note/my note/a note/the letter/my letter/a letter/goodbye message/goodbye text/
        goodbye email/goodbye post/my goodbye/a goodbye/the goodbye/la carta/mi carta/una carta/la nota/mi nota/
        mi despedida/la despedida/mensaje de despedida""",
})
CONCERN_PAIRS += ("r50_queued the_note", "r50_queued farewell", "r50_queued r50_goodbye_text")

# a relative asked to raise the baby "if something happened to me", or to promise it; a will or guardianship papers
# explain it
_extend({
    "r50_raise_ask": """would raise/will raise/you raise/to raise him/to raise her/to raise the baby/raise my baby/
        raise the baby/raise my son/raise my daughter/raise the kids/raise my kids/take the baby if/take my baby if/
        keep the baby if/promise to raise/promise you will raise/promise youll raise/promise to take care of the baby/
        criar a mi bebe/criar al bebe/criar a mi hijo/criar a mi hija/criar a los ninos/que crie a mi/que criara a/
        si criaria a/cuidar a mi bebe si/quedarse con el bebe si/quedarte con el bebe si""",
    "r50_if_gone": """if something happened to her/if something happened to him/if something happened to me/
        if something happens to her/if something happens to him/if anything happened to me/if anything happened to her/
        if anything happened to him/if anything happens to her/if anything happens to him/if i was not here/
        if i am not here/if i was gone/if i were gone/si algo le pasa/si algo le pasara/si le pasa algo/si le pasara algo/
        si me pasara algo/si algo me pasara/si ella ya no esta/si yo ya no estoy/si ya no estoy""",
    "r50_promise": """asked me to promise/made me promise/make me promise/wanted me to promise/begged me to promise/
        promise me you will/promise me youll/me hizo prometer/me pidio que le prometiera/me pidio que prometiera/
        prometeme que/quiere que le prometa""",
    "r50_estate": """our will/a will/the will/wills/estate plan/estate planning/guardian/guardianship/legal guardian/
        lawyer/attorney/paperwork/life insurance policy/testamento/abogado/notario/tutor legal/tutora legal/
        just in case we both/if we both/si los dos/si nos pasa algo a los dos""",
})
CONCERN_PAIRS += ("r50_raise_ask r50_if_gone", "r50_raise_ask r50_promise")
EXPLAINED_BY.update({"r50_raise_ask": frozenset({"r50_estate"}), "r50_if_gone": frozenset({"r50_estate"})})
TOLD_OF = TOLD_OF | {"r50_raise_ask"}

# wanting to be sick enough "to not have to be here"
_extend({
    "r50_not_here": """to not have to be here/not to have to be here/not have to be here anymore/so i dont have to be here/
        so i do not have to be here/so i wont have to be here/so i would not have to be here/so i wouldnt have to be here/
        para no tener que estar aqui/para ya no tener que estar aqui/para ya no estar aqui/y ya no estar aqui""",
    "r50_sick_enough": """sick enough/ill enough/weak enough/small enough/sick that/so sick/really sick/
        enfermarme lo suficiente/enfermarme tanto/tan enferma/tan enfermo/bien enferma""",
})
CONCEPT_GUARDS["r50_not_here"] = ("!at/at_work/at_the/for/on/today/tomorrow/this/in_the_morning/early/so_early/every/"
                                  "tonight/at_7/at_8/a_las/en_el/hoy/manana/temprano/mas/for_the")
CONCERN_PAIRS += ("r50_not_here r50_sick_enough", "r50_not_here r47_food_stop", "r50_not_here no_eat",
                  "r50_not_here starve")

# peace about "my decision to go", and the pet's new home arranged
_extend({
    "r50_decided_go": """my decision to go/my decision to leave/decided to go/decided to leave/made the decision to go/
        ive decided to go/i have decided to go/decision to go/decision to leave/mi decision de irme/decidi irme/
        ya decidi irme/tome la decision de irme/la decision de irme""",
    "r50_peace": """feel peace/feel at peace/at peace/peace about/peace with/made peace/made my peace/feel calm/
        so calm/feel lighter/feel so light/calm about/en paz/tengo paz/siento paz/tranquila/tranquilo""",
    "r50_pet_home": """who takes the dog/who takes the cat/who takes my dog/who takes my cat/who gets the dog/who gets the cat/
        who will take the dog/who will take the cat/who will take my dog/who will take my cat/someone to take the dog/
        someone to take the cat/someone to take my dog/someone to take my cat/find the dog a home/find my dog a home/
        find my cat a home/find the cat a home/a new home for my dog/a new home for my cat/rehome my dog/rehome my cat/
        rehome the dog/rehome the cat/quien se queda con el perro/quien se queda con mi perro/quien se queda con mi gato/
        quien se queda con el gato/quien cuida a mi perro/un hogar para mi perro/un hogar para mi gato""",
})
CONCEPT_GUARDS["r50_decided_go"] = ("!back/to/to_the/home/with/ahead/on/through/in/out/for/off/part/full/with_the/"
                                    "a/a_la/al/de/para/con/a_casa/a_trabajar/de_vuelta/to_work/to_college/to_school/"
                                    "to_therapy/to_the_clinic/private/with_the_clinic/with_ketamine/with_the_infusions")
CONCEPT_GUARDS["r50_pet_home"] = ("!during/while/when/for_the/on/this/next/to_the/walks/out/for_walks/for_a_walk/"
                                  "to_the_vet/while_we/while_i/mientras/durante/cuando/el_fin/este/esta/al_veterinario")
CONCERN_PAIRS += ("r50_decided_go r50_peace", "r50_decided_go r50_pet_home", "r50_decided_go farewell",
                  "r50_peace r50_pet_home r50_decided")
_extend({"r50_decided": "i decided/ive decided/i have decided/decidi/ya decidi/my decision/mi decision"})

# looking at a balcony railing, or down from a height, while holding the baby
_extend({
    "r50_rail": """balcony railing/balcony rail/the railing/the balcony/the ledge/over the railing/over the rail/
        the balcony edge/barandal/el barandal/la baranda/el balcon/del balcon/la orilla del balcon""",
    "r50_holding_baby": """when i hold her/when i hold him/while i hold her/while i hold him/while holding her/
        while holding him/holding the baby/holding my baby/holding her/holding him/with her in my arms/
        with him in my arms/with the baby in my arms/cuando la cargo/cuando lo cargo/mientras la cargo/
        mientras lo cargo/con el bebe en brazos/con la bebe en brazos/cargando a mi bebe/cargando al bebe/
        cargandola/cargandolo""",
    "r50_look_at": """looking at/look at/looked at/staring at/stare at/stared at/keep looking at/eyeing/
        veo el/miro el/me quedo viendo/me quedo mirando/viendo el/mirando el""",
})
CONCERN_PAIRS += ("r50_look_at r50_rail r50_holding_baby",)

# arrangements read as such: a story told around them ("it's been a good week actually") softens none of them
TOLD_OF = TOLD_OF | {"r50_decided_go", "r50_pet_home", "r50_queued", "r50_then_go", "r50_ahead_leaving", "r50_miss_first"}
# a meal held back from one's body as its punishment ("punishing it. nothing till dinner")
_extend({
    "r50_food_held": """nothing till dinner/nothing until dinner/nothing til dinner/not dinner either/no dinner either/
        no food until/no food till/nothing to eat until/nothing all day/no breakfast no lunch/ni desayuno ni comida/
        nada hasta la cena/ni la cena/sin comer hasta/sin comer nada""",
})
CONCERN_PAIRS += ("r50_punish_body r50_food_held",)

# a food left out of the diet is no meal refused ("I'm not eating dairy on purpose, the baby's reflux")
_R50_FOODS = ("dairy/gluten/meat/red_meat/pork/sugar/carbs/eggs/soy/nuts/peanuts/fish/spicy/spicy_food/fried_food/junk/"
              "junk_food/chocolate/caffeine/cheese/milk/bread/wheat/shellfish/lacteos/leche/queso/carne/carne_roja/azucar/"
              "harinas/pan/picante/chile/gluten_free/dulces/huevo/huevos/cafe/out_tonight/out_much/out_anymore/out_at/out_as/"
              "out_with/"
              "out_this/out_today/out_on/out_for/after/before/late/fast_food/processed")
for _entry, _concept in (("not eating", "self_harm"), ("dont eat", "self_harm"), ("no como", "self_harm"),
                         ("no comer", "self_harm")):
    if _entry not in ENTRY_GUARDS:
        _guard = "/".join(g for g in (CONCEPT_GUARDS.get(_concept, "!").lstrip("!"),
                                      CONCEPT_GUARDS.get("no_eat", "!").lstrip("!")) if g)
        ENTRY_GUARDS[_entry] = "!" + _guard
    _entry_guard_more(_entry, _concept, _R50_FOODS)

# things and the pet given away "if anything happens", and a partner's "if I die, take the baby to my mother" said to be
# thought out; a trip, a spare key or a will explains them
_extend({
    "r50_gets_mine": """can have my/gets my/will get my/should get my/can take my/can keep my/to have my/
        se quede con mi/se queda con mi/se quede con mis/se queda con mis/puede quedarse con mi/puede quedarse con mis/
        le dejo mi/le dejo mis/que se lleve mi/que se leve mi/
        gets the dog/gets the cat/gets my dog/gets my cat/takes the dog/takes the cat/takes my dog/
        takes my cat/gets my plants/gets the plants/se queda con el perro/se queda con el gato/se queda con mi perro/
        se queda con mi gato""",
    "r50_thought_out": """ya lo tiene pensado/lo tiene pensado/lo tiene todo pensado/ya lo tengo pensado/ya lo pense/
        ya lo penso/has it all thought out/has it thought out/has it all planned/has it planned/has it figured out/
        she has thought it through/he has thought it through/i have thought it through""",
    "r50_away_ctx": """while/away/vacation/trip/out of town/spare key/keys/emergency contact/hospital stay/surgery/
        c section/delivery/labor/mientras/viaje/vacaciones/fuera de la ciudad/la llave/cirugia/cesarea/parto""",
})
CONCERN_PAIRS += ("r50_gets_mine if_happens", "r50_gets_mine gone_if", "if_she_dies baby r50_thought_out")
SOFTENER_VOID["others"] = SOFTENER_VOID["others"] | {"r50_gets_mine"}  # "le dije a mi prima que se quede con mi perro"
EXPLAINED_BY.update({"r50_gets_mine": frozenset({"r50_away_ctx", "r50_estate", "pram", "declutter"}),
                     "r50_thought_out": frozenset({"r50_estate", "r50_away_ctx"})})
TOLD_OF = TOLD_OF | {"r50_gets_mine", "r50_thought_out"}

# the baby's things given away "because I won't be here"; a goodbye to someone started again and again and stopped
_extend({
    "r50_gave_baby_things": """regale la cuna/regale la ropa/regale las cosas de mi bebe/regale las cosas del bebe/
        regale la carriola/le di la cuna/le regale la cuna/le regale la ropa/gave away the crib/gave away the baby clothes/
        gave away her clothes/gave away his clothes/gave the crib to/gave the baby clothes to/gave her clothes to/
        gave his clothes to/gave away the stroller/gave the stroller to""",
    "r50_wont_be": """porque ya no voy a estar/porque no voy a estar/ya no voy a estar/because i wont be here/
        because i will not be here/since i wont be here/since i will not be here/because i wont be around/
        because i will not be around/since i wont be around/since i will not be around""",
    "r50_bye_try": """to tell her goodbye/to tell him goodbye/to tell them goodbye/to say goodbye/to text her goodbye/
        to text him goodbye/to tell my sister goodbye/to tell my mom goodbye/para decirle adios/para despedirme/
        para decirle adios a/para despedirme de""",
    "r50_stop_short": """and then stopping/and then stop/then stop/and stop/then i stop/and then i stop/then stopping/
        y luego me detengo/y me detengo/y luego paro/y no lo mando/y no lo envio/then delete it/and delete it/
        y lo borro/y luego lo borro/but i cant send it/pero no lo mando""",
})
CONCEPT_GUARDS["r50_bye_try"] = "!before/to_the/at/for_now/for_the/until/antes/en_el/en_la/al/a_la"
CONCEPT_GUARDS["r50_wont_be"] = "!at/en/a/for/para/in_town/home/en_casa/at_the/el/la/this/next/esta/este/manana/tomorrow"
CONCERN_PAIRS += ("r50_gave_baby_things r50_wont_be", "r50_bye_try r50_stop_short")
EXPLAINED_BY.update({"r50_gave_baby_things": frozenset({"relocation"})})
TOLD_OF = TOLD_OF | {"r50_gave_baby_things", "r50_bye_try"}
SOFTENER_VOID["others"] = SOFTENER_VOID["others"] | {"r50_gave_baby_things"}

# --- Round 50 (mend49) ----------------------------------------------------------------------------------------------
# Mends from the review of round 49. A real crisis it had lost: "I'm going away too, for good" (the model used to carry
# it): the check-in. Everyday readings of round 49's check-in rules, narrowed where no labelled positive is lost: a
# causal "so it hurts to laugh / when I sneeze" of a scar; dizziness with a cause told ("I pump until I feel dizzy",
# "stood up too fast ... is that anemia"); hands off the wheel to hand the baby something, with the speed told; a kettle
# dropped or tipped; "le pido que me lleve a la clínica" of a neighbour; "closing everything up at the old apartment";
# "me doy golpes con las puertas"; "cachetadas para no dormirme"; "tírate al piso" of a coach; "then I'm done for the
# morning", "done breastfeeding", "gone for 12 weeks of leave".
_extend({
    "r50_away_too": """i am going away to for god/im going away to for god/going away to for god/i am leaving to for god/
        im leaving to for god/i am going away as wel for god/im going away as wel for god/i am gone to for god/
        im gone to for god/i am going to for god/im going to for god/me voy yo tambien para siempre/
        yo tambien me voy para siempre/me voy tambien para siempre/me ire yo tambien para siempre/
        yo tambien me ire para siempre/me voy yo tambien y para siempre""",
    "r50_faint_cause": """i pump/when i pump/pumping/stand up to fast/stood up to fast/get up to fast/got up to fast/
        standing up to fast/getting up to fast/is that anemia/anemia/anemic/low iron/blood presure/dehydrated/
        me levanto muy rapido/me pare muy rapido/la presion""",
    "r50_wheel_errand": """to hand her/to hand him/to hand the baby/to give her/to give him/to give the baby/to pass her/
        to pass him/the pacifier/the binky/the paci/her pacifier/his pacifier/the bottle/her bottle/his bottle/
        el chupon/el chupete/la mamila/el biberon/la mamadera/because i was so tired/i was so tired/so slep deprived/
        porque estaba muy cansada/del sueno""",
    "r50_spilled": """dropped the ketle/dropped the pot/the ketle tipped/ketle tipped/
        the pot tipped/tipped over/knocked over the/knocked the ketle/spilled the/spilled boiling/
        se me cayo la ola/se me cayo el agua/se me volteo la ola/se me volteo/se me tiro la ola/
        se me resbalo la ola/tire la ola sin querer""",
})
ENTRY_GUARDS.update({
    **dict.fromkeys(("dropped the ketle", "dropped the pot", "spilled the"),
                    "!on_purpose/a_proposito/deliberately"),
    # a causal "so": "...pulls when I laugh so it hurts to laugh", "...so it hurts when I sneeze"
    **dict.fromkeys(("so it hurts", "so that it hurts"),
                    "!less/menos/to_laugh/to_walk/to_wear/to_carry/to_sit/to_stand/to_move/to_lift/to_pee/to_poop/"
                    "to_cough/to_sneeze/to_breastfeed/to_nurse/to_hold/to_bend/to_sleep/to_lie/to_drive/to_bathe/"
                    "to_shower/to_get/to_roll/to_climb/to_pick/when/whenever/if/every_time/cuando"),
    # the person asked takes one somewhere ("le pido que me lleve a la clínica los martes", "que me lleves con bien")
    **dict.fromkeys(("que me lleves", "que ya me lleves", "te pido que me lleves", "le pido que me leve"),
                    "!a/al/a_la/temprano/con_bien/de_regreso/manana/hoy/en_el_carro/en_su_carro/de_vuelta"),
    **dict.fromkeys(("closing everything", "like closing everything", "feels like closing everything"),
                    "!up/about/at/at_the/for_the/for_now/on/out/down/in"),
    **dict.fromkeys(("me doy golpes",), "!sin_querer"),  # (mend50: the thing hit is explained by clumsiness, below)
    **dict.fromkeys(("me pego yo sola", "me pego yo misma"), "!con_la_puerta/con_las_puertas/con_la_mesa/con_todo/"
                                                               "sin_querer/con_los_gabinetes"),
    **dict.fromkeys(("me doy cachetadas", "me cacheteo"), "!para_despertarme/para_no_dormirme/para_despertar/"
                                                           "para_mantenerme_despierta/para_mantenerme_despierto/"
                                                           "suavecitas_para/suaves_para/suavecito_para"),
})
CONCEPT_GUARDS["r49_die_cmd"] = CONCEPT_GUARDS["r49_die_cmd"] + "/al_piso/al_suelo/boca_abajo/de_panza/to_the_floor"
CONCEPT_GUARDS["r49_done_after"] = CONCEPT_GUARDS["r49_done_after"] + ("/for_the_morning/for_the_afternoon/for_the_week/"
                                                                       "for_the_year/breastfeeding/pumping/nursing/with_breastfeeding/with_pumping")
CONCEPT_GUARDS["r49_end_me"] = CONCEPT_GUARDS["r49_end_me"] + ("/for_1/for_2/for_3/for_4/for_6/for_8/for_10/for_12/"
                                                               "for_16/for_a_week/for_weeks/for_a_month/for_months/"
                                                               "for_maternity/for_leave/no_more_babies/no_more_kids")
CONCERN_ALONE += ["r50_away_too"]
# the dizziness has its cause told; the speed is told of a hand reached back to the baby; the scald was a spill
EXPLAINED_BY.update({"saw_stars": EXPLAINED_BY.get("saw_stars", frozenset()) | {"r50_faint_cause"},
                     "r49_speed": EXPLAINED_BY.get("r49_speed", frozenset()) | {"r50_wheel_errand"},
                     "r49_scald": EXPLAINED_BY.get("r49_scald", frozenset()) | {"r50_spilled"}})
_CONTEXT = _CONTEXT | {"r50_faint_cause", "r50_wheel_errand", "r50_spilled"}  # read on both sides of the hit
# a medicine named beside a stockpile of it ("¿sigo tomando mi sertralina 100? tengo 80 guardadas", "junté 90 y las tengo
# escondidas"): the check-in (a named drug reads "drug_name", not "meds", so "access meds" never met it)
_extend({"r50_stashed": """guardadas/guardados/las tengo guardadas/los tengo guardados/escondidas/escondidos/
    las tengo escondidas/los tengo escondidos/juntadas/he juntado/ya junte/junte/voy juntando/estoy juntando/ahorrando/
    saved up/stashed/stashing/hidden away/i have hidden/ive hidden/hid them/saving them up/been saving them"""})
CONCERN_PAIRS += ("drug_name r50_stashed",)

# Round 51 (m52es): Spanish and Spanglish recall from batch 52. A past attempt told in the past tense with the same
# feeling back now ("la vez que me quise matar tenía 17 y siento lo mismo otra vez", "I tried to kill myself at 19 and I
# feel exactly like that again"): sure. A plan announced with a fear that the clinic will call someone ("tengo un plan,
# ¿van a llamar a alguien si lo digo?"): the check-in. A blade back in one's bag ("la navaja is back in my cartera",
# "volví a guardar la navaja en mi bolsa"): the check-in.
_extend({
    "r51_past_kill": """me quise matar/la vez que me quise matar/la vez q me quise matar/cuando me quise matar/quise matarme/
        me intente matar/intente matarme/me trate de matar/trate de matarme/quise quitarme la vida/intente quitarme la vida/
        me quise suicidar/intente suicidarme/me intente suicidar/quise suicidarme/me queria matar/cuando me queria matar/
        i tried to kil myself/tried to kil myself/when i tried to kil myself/tried to end my life/tried to take my life/
        when i wanted to kil myself/the time i tried to kil myself/the time i wanted to kil myself/i wanted to kil myself""",
    "r51_same_again": """lo mismo otra vez/lo mismo de nuevo/siento lo mismo/me siento igual/me siento asi otra vez/
        me siento asi de nuevo/de nuevo me siento asi/otra vez me siento asi/igualito/igual que esa vez/igual que aquela vez/
        igual que antes/como esa vez/como aquela vez/como entonces/ya volvio/volvio ese sentimiento/regreso ese sentimiento/
        vuelvo a sentir/volvi a sentir/lo vuelvo a sentir/like that again/exactly like that again/the same way again/
        that way again/like this again/same as back then/same as then/the same feling/same feling again/fel the same/
        feling it again/fel it again/its back/it is back/came back/is coming back""",
    "r51_have_plan": """tengo un plan/ya tengo un plan/tengo mi plan/ya tengo mi plan/tengo plan/hice un plan/ya hice un plan/
        i have a plan/ive got a plan/i got a plan/i have made a plan/ive made a plan/i made a plan""",
    "r51_call_fear": """van a lamar a alguien/van a lamar a la policia/van a lamar al 911/lamen a alguien/lamar a alguien/
        lamen a nadie/no lamen a nadie/que lamen a nadie/no quiero que lamen/me van a reportar/me reportan/me van a denunciar/
        me van a quitar a mi bebe/me quitan a mi bebe/lamar a la policia/lamen a la policia/lamar al 911/lamen al 911/
        si lo digo/si les digo/si te digo/cal someone if/cal someone/wil you cal/do you cal/do you guys cal/
        are you going to cal/are you gona cal/you have to cal/cal the police/cal the cops/cal 911/cal cps/report me/
        have to report/wil you report/do you report/if i say it/if i tel you/dont cal anyone/dont want you to cal""",
    "r51_back_in_bag": """back in my purse/back in my bag/back in my cartera/back in my bolsa/back in my backpack/
        back in my pocket/back in my wallet/is back in my/in my purse again/in my bag again/volvi a guardar/volvi a meter/
        volvi a traer/volvi a cargar/otra vez en mi bolsa/otra vez en mi cartera/otra vez esta en mi bolsa/
        otra vez esta en mi cartera/de nuevo en mi bolsa/de nuevo en mi cartera/en mi bolsa otra vez/en mi cartera otra vez/
        en la bolsa otra vez/traigo otra vez/vuelvo a traer/vuelvo a cargar/ya la traigo otra vez""",
})
CONCEPT_GUARDS["r51_have_plan"] = ("!para/for/to/de/con/a/al/with/this/that/on/el/la/los/las/b/de_comida/de_parto/"
                                   "de_salud/de_seguro/de_pagos/de_dieta/de_lactancia/with_my/for_the")
SURE_WITH["r51_past_kill"] = "r51_same_again r49_back_again"
CONCERN_PAIRS += ("attempt r51_same_again", "r51_have_plan r51_call_fear",
                  "plan r51_call_fear", "means r51_back_in_bag", "sharp r51_back_in_bag")
# "I swear I'm fine pero la navaja is back in my cartera": an "I'm fine" does not undo a blade put back in one's bag
TOLD_OF = TOLD_OF | {"r51_back_in_bag"}

# Round 51 (f52): "tengo" before a person, family or support ("no tengo familia que me apoye", "no tengo a nadie",
# "tengo a mi esposo") is who she has, not a means at hand
ENTRY_GUARDS["tengo"] = ENTRY_GUARDS["tengo"] + ("/familia/a_nadie/nadie/a_mi_familia/a_mi_esposo/a_mi_mama/a_mi_pareja/"
                                                 "apoyo/amigos/amigas/pareja/esposo/esposa/mama/papa/hermanos/hermanas/"
                                                 "a_quien/quien/red_de_apoyo/ayuda")

# Round 51 (f52): food burned in cooking ("burned the rice again", "burnt the toast", "se me quemó el arroz") is a
# kitchen mishap, not a burn to the body (only food: "I burned the pan handle into my arm" is a burn; mend50)
_FOOD_BURNED_51 = ("the_rice/the_toast/the_dinner/dinner/the_food/the_pizza/the_cookies/the_pancakes/the_eggs/the_bacon/"
                   "the_popcorn/the_garlic/the_onions/the_sauce/the_bread/the_cake/the_chicken/the_pasta/the_beans/"
                   "the_soup/the_casserole/the_grilled_cheese/the_muffins/the_toast_again/the_rice_again/toast/rice/"
                   "breakfast/lunch/supper/my_dinner/our_dinner/el_arroz/la_comida/la_cena/el_pan/"
                   "los_frijoles/la_sopa/el_pollo/las_tortillas/la_tortilla/el_desayuno")
for _entry in ("burn", "burns", "burned", "burnt", "burning", "quemo", "queme"):
    ENTRY_GUARDS[_entry] = (ENTRY_GUARDS[_entry] + "/" if _entry in ENTRY_GUARDS else "!") + _FOOD_BURNED_51

# --- Round 51 (m52en) ----------------------------------------------------------------------------------------------
# English recall from blind batch 52, each a check-in read by its idea: a method copied from someone who died by suicide
# ("my cousin took her life ... I think about doing it the same way she did"); someone in a car in a closed garage with the
# engine told of; letters written one for each of the family and left somewhere; marks nearly seen and a cover story told;
# a site or forum about methods read for hours; a day marked "done" and not meaning the everyday thing.
_extend({
    "r51_took_life": """took her life/took his life/took her own life/took his own life/killed herself/killed himself/
        died by suicide/commited suicide/hung herself/hanged herself/hung himself/hanged himself/ended her life/
        ended his life/ended her own life/ended his own life/se quito la vida/se suicido""",
    "r51_same_way": """the same way she did/the same way he did/same way she did/same way he did/the way she did it/
        the way he did it/how she did it/how he did it/like she did/like he did/doing it the same way/do it the same way/
        the same way as her/the same way as him/de la misma forma/de la misma manera/como ella lo hizo/como el lo hizo""",
    "r51_car_garage": """in the car in the garage/in her car in the garage/in his car in the garage/in the garage in the car/
        sitting in the garage in/in my car in the garage/car is in the garage with/in the car with the garage""",
    "r51_engine": """engine/engines/the engine/motor/the car running/car running/engine is off/engine off/keys in/
        will not come out/wont come out/locked herself in/locked himself in/locked the doors""",
    "r51_wrote_one": """wrote one for/written one for/writing one for/wrote a letter for/left one for/wrote letters for/
        wrote a note for/left a note for/left a letter for/wrote notes for""",
    "r51_each_family": """and one for the baby/and one for my husband/and one for my wife/and one for my son/
        and one for my daughter/and one for my mom/and one for my kids/and one for each/one for each of/
        for each of my kids/for each of them/for everyone in my family/and one for her dad/and one for his dad/
        and one for the kids/and one for my mother/and one for my sister""",
    "r51_left_place": """in the top drawer/top drawer/in the drawer/in my drawer/in my nightstand/under my pillow/
        under the mattress/in the closet/in my jewelry box/where he will find/where she will find/where they will find/
        on the kitchen table/on the counter/in the glovebox/in my purse""",
    "r51_marks_seen": """almost saw the marks/almost saw my marks/nearly saw the marks/nearly saw my marks/saw the marks/
        saw my marks/noticed the marks/noticed my marks/asked about the marks/asked about my marks/almost saw my arms/
        almost saw my legs/almost saw my thighs/almost saw the cuts/nearly saw the cuts/casi vio las marcas/vio las marcas""",
    "r51_methods_read": """explains methods/explain methods/lists methods/about methods/compares methods/describes methods/
        reading about methods/researching methods/looking up methods/forum about methods/site about methods/
        explains how to do it/explains the ways/the different methods/methods to end/metodos para/explica metodos""",
    "r51_read_long": """reading it for/been reading it/been reading for/reading for hours/for hours/for 2 hours/for 3 hours/
        for 4 hours/for 5 hours/all night/all day/can not stop reading/cant stop reading/keep reading/kept reading/
        i found a forum/found a forum/found a site/found a website/horas leyendo/toda la noche""",
    "r51_says_done": """just says done/says done/it says done/wrote done/marked done/just says the end/says the end/
        says last day/just says last day/wrote the end""",
    "r51_not_that": """did not mean the/do not mean the/didnt mean the/dont mean the/not talking about the/and i do not mean/
        and i did not mean/i do not mean with/i did not mean with/not the semester/not the job/not school/no me referia a""",
})
CONCERN_PAIRS += ("r51_took_life r51_same_way", "r51_car_garage r51_engine", "r51_wrote_one r51_each_family r51_left_place",
                  "r51_marks_seen cover_story", "r51_methods_read r51_read_long", "r51_says_done r51_not_that")
CONCEPT_GUARDS["r51_methods_read"] = ("!of_birth_control/of_contraception/for_sleep/for_sleep_training/of_sleep_training/"
                                      "of_feeding/for_feeding/of_discipline/for_potty/of_potty/of_pumping/for_pumping/"
                                      "for_weaning/of_weaning/of_birth/for_labor/of_labor/of_teaching/for_teaching")
TOLD_OF = TOLD_OF | {"r51_took_life", "r51_wrote_one", "r51_marks_seen", "r51_says_done"}
# what explains each away: a car being fixed or warmed, cards of thanks or a holiday, "I meant finals week"
_extend({
    "r51_car_fix": """fixing/fix the/fixed the/working on/mechanic/oil change/engine light/check engine/jump start/
        jumped the/battery/dead battery/flat tire/tire/wont start/will not start/warm up/warming up/to warm/
        the heater/ac/radio/podcast/phone call/on a call/taking a call/nap/napping/asleep in the car seat""",
    "r51_card": """thank you card/thank you cards/thank you note/thank you notes/thankyou/thank you/christmas card/
        christmas cards/birthday card/birthday cards/valentine*/card/cards/list/lists/recipe/recipes/poem/poems/
        story/stories/letter to santa/gift tag/gift tags/menu/schedule/chore chart""",
    "r51_meant_else": """i meant/meant finals/finals/exams/midterms/with school/with work/classes/the project/
        paper/thesis/the move/packing/potty training/sleep training/weaning/breastfeeding/pumping""",
})
EXPLAINED_BY.update({"r51_car_garage": frozenset({"r51_car_fix"}), "r51_wrote_one": frozenset({"r51_card"}),
                     "r51_says_done": frozenset({"r51_meant_else"})})
_CONTEXT = _CONTEXT | {"r51_car_fix", "r51_card", "r51_meant_else"}  # read on both sides of the hit
# the death is someone else's and in the past; the wish to copy it is one's own and now
for _soft in ("others", "past"):
    SOFTENER_VOID[_soft] = SOFTENER_VOID.get(_soft, frozenset()) | {"r51_same_way"}

# Before-stop (CI): a death told then wished for real with the verb left out ("I died in the game again, wish I could in
# real life", "me morí otra vez en el juego, ojalá pudiera de verdad"); the learned model used to carry it alone.
_extend({"could_for_real": """wish i could in real life/wish i could irl/wish i could for real/wish i could do that for real/
    wish it was real/wish it were real/ojala pudiera en la vida real/ojala pudiera de verdad/ojala fuera de verdad/
    quisiera poder en la vida real"""})
CONCERN_PAIRS += ("dead could_for_real",)

# --- Round 51 (quiet51) ---------------------------------------------------------------------------------------------
# Check-in false alarms on tricky everyday messages, each quieted by its idea (tests/test_round51_quiet.py):
# - what was done "to her couch", "to his car": a thing named after "did to her" is damage to a belonging, not harm to a
#   person ("my sister is going to kill me when she sees what the baby did to her couch"); "what I did to her" stays;
_THINGS_DONE_TO_51 = ("!couch/sofa/rug/carpet/car/wall/walls/phone/laptop/hair/shirt/dress/shoes/bed/sheets/blanket/"
                      "curtains/kitchen/house/room/floor/table/chair/plants/garden/lawn/makeup/purse/bag/book/books/"
                      "painting/tv/remote/cake/coffee/lunch/jacket/coat/glasses/nails/sweater/pillow/pillows/mattress/"
                      "favorite/new/nice/white/good/brand_new/sofa_nuevo/sillon/carro/coche/pelo/cama")
for _entry in ("did to her", "did to him", "do to her", "do to him"):
    ENTRY_GUARDS[_entry] = (ENTRY_GUARDS[_entry] + "/" + _THINGS_DONE_TO_51[1:]) if _entry in ENTRY_GUARDS \
        else _THINGS_DONE_TO_51
# - "put me out of my misery and tell me which lot to use": the idiom asks for an answer, not an end;
ENTRY_GUARDS["put me out of my misery"] = ("!and_tell/and_tel/and_just_tell/and_let_me_know/and_answer/and_explain/and_show/"
                                           "and_give_me/and_send/and_pick/and_confirm/and_say/and_remind/y_dime/y_diganme")
# - a grown-up of the family or close by as the one a joke threatens ("my bf's mom, I want to strangle her every time
#   she comments (not literally lol)"): read as "my husband" and "my mom" are, never with the baby named in the window;
_extend({"adult": """my bfs mom/my bfs mother/my boyfriends mom/my boyfriends mother/my husbands mom/my husbands mother/
    my partners mom/my partners mother/my wifes mom/my wifes mother/my bfs dad/my husbands dad/my bf/my fiance/my fiancee/
    my sister in law/my brother in law/my father in law/my fil/my stepmom/my stepdad/my aunt/my uncle/my grandma/
    my grandpa/my landlord/my manager/mi cunada/mi cunado/mi suegro/mi tia/mi tio/mi novio"""})
# - knives bought or kept for cooking, told with the cooking itself ("bought a new set of kitchen knives ... cooking
#   again feels good"): the kitchen step (a means and where or when it is held) is explained; an image, a wrist or "for
#   me" beside it is not in that step and keeps its tier.
_extend({"kitchen": "kitchen knives/set of knives/knife block/new knives/chefs knives/steak knives/cuchillos de cocina",
         "cooked": """cooking again/coking again/cook again/cooking real/cooking more/back to cooking/started cooking/
    love cooking/enjoy cooking/cooking feels/cocinar otra vez/volvi a cocinar"""})

# Round 51 (rec51en): English (and Spanglish) crisis recall, by idea, from batch 53's rules-alone misses and older gaps.
# A wish "to stop being" (the message ends on it, or "...altogether"); praying not to see another sunrise; a past-tense
# plan put as "the opposite of a safety plan"; where everything is told "for no reason"; a street drug asked about as a
# killer; the part that "says go" winning; a goodbye to the clinic that "you were one of the good ones"; never starting
# the car again; "zero of me"; children split up "if I'm not here" before "I decide"; the badge never swiped again;
# "planning not to be here"; a hush made permanent (🤫); fire on one's skin again (🔥); burns or scrapes hidden "so you
# wouldn't notice"; shrinking "until I'm gone"; a question whether a baby suffers when it drowns; going "together" at
# peace; "the kids would adjust"; "do I need to be here anymore" or "to write a note"; letting a baby sink; "no scary
# thoughts, just plans"; "make it stop or I will"; long sleeves in the heat "and it isn't the AC". Each is at least the
# check-in; a wish, a plan or a means said plainly is the sure tier. Everyday cousins (tests/test_round51_recall_en.py)
# stay quiet: "stop being so hard on yourself", "asking for a friend, is tylenol safe while breastfeeding", "I told my
# husband where the spare key is before my trip".
_extend({
    "r51e_stop_being": """stop being at all/stop being altogether/stop being entirely/stop being completely/
        stop being period/stop being anymore/stop being forever/stop being for good/stop being permanently/
        stop being not/stop being i mean/stop being just/stop being and/quit being alive/quit existing/cease to exist/
        cease existing/stop being alive/stop being here/dejar de existir/dejar de ser""",
    "r51e_last_sunrise": """last sunrise i see/last sunrise i will see/last sunrise ever/my last sunrise/
        not to see another sunrise/not see another sunrise/never see another sunrise/not to see another one/
        asking not to see another/praying not to see another/pray not to see another/pray i do not see another/
        hope i do not see another/not to wake up to another/last sunset i see/my last sunset/no ver otro amanecer/
        no ver otro dia""",
    "r51e_anti_plan": """the opposite of a safety plan/opposite of a safety plan/anti safety plan/an unsafety plan/
        the reverse of a safety plan/a danger plan/un safety plan/lo contrario de un plan de seguridad""",
    "r51e_safety_plan": "safety plan/safety plans/crisis plan/plan de seguridad",
    "r51e_opposite": """the opposite of one/opposite of one/the opposite of that/the opposite of it/the reverse of one/
        the opposite now/lo contrario""",
    "r51e_where_all": """where everything is/where things are/where all the/where the spare key is/where the keys are/
        where the password/where the passwords are/where my passwords are/where the account/where the insurance/
        where the will is/where my will is/where the papers are/where the documents are/where the numbers are/
        where the life insurance/donde esta todo/donde estan las cosas/donde estan los papeles""",
    "r51e_no_reason": """no reason/for no reason/no real reason/for no real reason/no particular reason/out of nowhere/
        out of the blue/por nada/sin razon/por ninguna razon/he asked why/she asked why/asked me why/they asked why""",
    "r51e_street_drug": "ketamine/ketamina/fentanyl/fentanilo/heroin/heroina/cocaine/cocaina/xylazine/ghb/mdma",
    "r51e_a_lot": """a lot at home/a lot at once/take a lot of it/a lot of it at once/a lot of it at home/too much at home/
        the whole bottle/all of it at once/how much would that be/how much exactly/the more the better/
        mucha en casa/mucho en casa/muchas en casa""",
    "r51e_go_side": """says go/say go/saying go/says to go/tells me to go/telling me to go/wants me to go/says leave/
        says end it/says do it/says jump/pull to go/urge to go/dice vete/dice que me vaya""",
    "r51e_stay_side": """says stay/say stay/saying stay/says to stay/tells me to stay/wants me to stay/begs me to stay/
        keeps me here/dice quedate/dice que me quede""",
    "r51e_winning": """is winning/are winning/keeps winning/is starting to win/will win/is going to win/won tonight/
        is stronger/is getting stronger/is louder/is taking over/is beating/wins/esta ganando/va ganando/gana""",
    "r51e_dark": """the darkness/the dark thoughts/the bad thoughts/the urges/the voices/the depression/the pull/
        la oscuridad/los malos pensamientos""",
    "r51e_good_ones": """you were one of the good ones/you were the good ones/you all were the good ones/
        you were one of the kind ones/you were one of the few good ones/you were the best of them""",
    "r51e_they_leave": """retirement/retiring/retire/new job/moving away/leaving the clinic/leaving the practice/good luck/
        congrats/congratulations/your new/new position/we moved/we are moving/moving to/transferring/farewell party/
        maternity leave/jubilacion/te jubilas""",
    "r51e_never_start": """never starting the car again/never start the car again/never turn the car back on/
        never turning the car back on/never drive away/never driving away/never drive off/never get out of the car/
        never getting out of the car/nunca volver a prender el carro/nunca arrancar el carro otra vez""",
    "r51e_none_of_me": """zero of me/none of me left/no more of me/there is no me/there is no more me/subtract me from/
        if there were no me/if there was no me/cero de mi/nada de mi""",
    "r51e_kids_split": """get split up/be split up/split them up/get separated/be separated/go into foster care/
        go to foster care/end up in foster care/be adopted together/adopted together/who gets the kids/
        who would get the kids/who would raise them/who would raise my/los separan/los separarian""",
    "r51e_before_decide": """before i decide/before i make my decision/before i make the decision/before i go through with it/
        before i do it/antes de decidir/antes de hacerlo""",
    "r51e_badge": """never gets swiped again/never get swiped again/never swiped again/will not get swiped again/
        never swipe in again/never clock in again/never clocking in again/never badge in again/never log in again""",
    "r51e_plan_absent": """planning not to be here/planning not to be around/plan not to be here/plan not to be around/
        planning on not being here/planning on not being around/not planning to be here/not planning on being here/
        not planning to be around/not planning on being around/do not plan to be here/do not plan on being here/
        not planning on being alive/planeo no estar/no planeo estar""",
    "r51e_away_reason": """trip/vacation/travel/traveling/out of town/visiting/flight/flying/moving/the move/staying with/
        conference/work trip/business trip/holiday/cruise/camping/road trip/deployment/deployed/in the hospital/viaje/
        vacaciones/de viaje/mudanza""",
    "r51e_silence": """silence him/silence her/silence the baby/silence myself/silence me/shush him/shush her/
        shush the baby/shush myself/shut him up/shut her up/shut the baby up/quiet him/quiet her/callarlo/callarla/
        shush al bebe/shush a mi bebe/shush al nino/shush a la nina/callar al bebe/callar a mi bebe""",
    "r51e_fire_skin": """fire on my skin/fire to my skin/fire on my arm/fire to my arm/fire on my wrist/fire to my wrist/
        fire on my leg/fire to my leg/fire on my thigh/fire to my thigh/fire to my hand/flame on my skin/flame to my skin/
        flame to my arm/fuego en mi piel/fuego en mi brazo/fuego a mi brazo/fuego en mi pierna/fuego en mi muslo/
        fire en mi brazo/fire en mi piel/fire en mi pierna/fire a mi brazo/fire en mi muslo""",
    "r51e_lighter_skin": """lighter on my skin/lighter to my skin/lighter to my arm/lighter on my arm/lighter to my wrist/
        lighter on my thigh/lighter to my thigh/lighter on my leg/lighter to my leg/encendedor en mi piel/
        el encendedor en mi brazo""",
    "r51e_unnoticed": """will not notice/would not notice/do not notice/does not notice/would not see them/will not see them/
        would not see it/so you would not notice/so no one would notice/so nobody would notice/so no one notices/
        so nobody notices/nobody knows/no one knows/so it would not show/so they would not show/so it does not show/
        no se de cuenta/no se den cuenta/nadie sabe""",
    "r51e_scrape": """scraping my arm/scraping my arms/scraping my skin/scraping my leg/scraping my wrist/scraped my arm/
        scraped my skin/scratching my arm raw/rasparme/me raspo""",
    "r51e_shrink": """shrink/shrinking/waste away/wasting away/starve myself/starving myself/eat nothing/eating nothing/
        not eating/stop eating/calories a day/calories on purpose/dejar de comer/no comer""",
    "r51e_until_gone": """until i am gone/til i am gone/until i disappear/until there is nothing left of me/until i vanish/
        until i am nothing/until nothing is left/until i am no more/until i am not here/hasta desaparecer/
        hasta que ya no este""",
    "r51e_suffer_q": """feel pain if/feel pain when/suffer if/suffer when/hurt when they/does it hurt to/would it hurt to/
        is it painful to/do they suffer/would they suffer/would she suffer/would he suffer/feel anything if/
        feel anything when/sufren si/sienten dolor""",
    "r51e_went_together": """if we went together/if we both went/if we go together/we could go together/went together/
        both go together/if we both just went/go together/leave together/if we left together/went at the same time/
        nos fueramos juntos/nos fueramos juntas/irnos juntos/irnos juntas""",
    "r51e_kids_adjust": """the kids would adjust/kids would adjust/kids will adjust/the kids will adjust/the baby would adjust/
        baby will adjust/adjust to what/the kids would get over it/kids would get over it/the baby would get over it/
        los ninos se acostumbrarian/se acostumbrarian""",
    "r51e_adjust_ctx": """moving/move/new school/daycare/new house/divorce/new baby/sibling/schedule/routine/
        sleep training/weaning/relocating/new job/new nanny/time change/mudanza/guarderia""",
    "r51e_need_here": """do i need to be here anymore/do i even need to be here/why do i need to be here/
        does anyone need me here/does anyone even need me/do i still need to be here anymore/
        is there any reason for me to be here/why should i be here/does anybody need me/do they even need me/
        para que sigo aqui""",
    "r51e_need_note": """do i need to write a note/do i need to leave a note/should i write a note/should i leave a note/
        do i have to write a note/do i have to leave a note/do people write a note/do people leave notes/
        do i leave a note/tengo que dejar una carta/deberia dejar una carta""",
    "r51e_let_sink": """letting her sink/letting him sink/let her sink/let him sink/let the baby sink/letting the baby sink/
        let her slip under/let him slip under/let her go under/let him go under/letting her go under/
        letting him go under/let her stay under/let him stay under/letting her stay under/dejarla hundirse/
        dejarlo hundirse""",
    "r51e_just_plans": """just plans/only plans/just a plan/only a plan/it is a plan now/they are plans now/now it is a plan/
        more like plans/now they are plans/more than thoughts now/solo planes/ya es un plan""",
    "r51e_or_i_will": "or i will do it myself/or i will end it/or i will make it stop myself/or i will stop it myself",
    "r51e_make_stop": "make it stop/make this stop/make them stop/end this/stop this/please help/make it end/que pare",
    "r51e_not_weather": """it is not the ac/not because of the ac/not for the ac/it is not because i am cold/
        not because i am cold/not because i get cold/not for the sun/not because of the sun/not the air conditioning/
        not about the ac/it is not for the cold/should tell you something/tells you something/no es por el frio""",
    "r51e_route": """a route on google maps to/a route to/the route to/directions to/mapped out/mapped the route/
        the way to get to/looked up the route/showed me a route/showed me the route/how to get to/la ruta a/
        la ruta al/como llegar a""",
    "r51e_far_place": "dam/the dam/reservoir/the reservoir/canal/the canal/gorge/the gorge/quarry/the quarry/la presa",
    "r51e_outing": """picnic/hike/hiking/camping/fishing/boat/boating/kayak/festival/tour/sightseeing/vacation/family trip/
        swim/swimming/field trip/road trip/photos/pictures""",
    "r51e_not_honest": """was not honest on/was not honest about/i lied on/lied on the/i lied about/was lying on/
        should have been 3/should have been a 3/should have been yes/the real answer/menti en""",
})
ENDS_ON.update({tuple(_REPEATS.sub("", w) for w in k.split()): concept for k, concept in {
    "stop being": "r51e_stop_being", "quit being": "r51e_stop_being", "or i will": "r51e_or_i_will",
    "or i wil": "r51e_or_i_will"}.items()})
CONCEPT_GUARDS.update({
    "r51e_stop_being": "!at/in/on/with/every/all_day/so/such/a/an/the/my/his/her/mean/nice/rude",
    "r51e_opposite": "!of_what/direction/day/way/side/sex/effect/of_mine/of_helpful",
    "r51e_no_reason": "!to/to_worry/for_concern/not_to/why_not",
    "r51e_go_side": "!to/home/out/shopping/back/for_it/ahead/to_the/see/get",
    "r51e_never_start": "!without/until/til/unless/if/after/in_the/in_winter/when_it",
    "r51e_none_of_me": "!wants/want/cares/care/likes/like/feels/can/is_left_for/business/to_give/to/for",
    "r51e_plan_absent": "!in_town/at_the/on_the/this_week/next_week/during/while/when/because/til/until/tomorrow/today/"
                        "for_the_appointment/for_the_visit/for_the_move/for_thanksgiving/for_christmas_dinner",
    "r51e_until_gone": "!for/on/to/from/back/out/at/with",
    "r51e_went_together": "!to/on/for/with/and/in/at/shopping/home/out/back/there/places/everywhere/walking/get/grocery/"
                          "perfectly/well/great/nicely/like",
    "r51e_need_here": "!for/at/on/today/tomorrow/during/with/in_the/or/til/until/early/by",
    "r51e_need_note": "!for/to/on/explaining/saying/with/from/about/at/in/so/when/if/that/the/or_call/or_email/or_text/"
                      "or_a/or_the/of",
    "r51e_let_sink": "!into/in_to/down_into/in_the_pool/at_swim/in_swim/during_swim/so_she_learns/so_he_learns/"
                     "in_her_seat/in_his_seat",
    "r51e_just_plans": "!for/to/with/about/and/of/on/at/in/this/that/today/tomorrow/lol/haha/yet",
    "r51e_shrink": "!the/a/my_clothes/wrap/back/wash/in_the_wash/the_sweater",
})
CONCERN_ALONE += ["r51e_stop_being", "r51e_last_sunrise", "r51e_anti_plan", "r51e_never_start", "r51e_none_of_me",
                  "r51e_badge", "r51e_plan_absent", "r51e_lighter_skin", "r51e_kids_adjust", "r51e_need_here",
                  "r51e_need_note", "r51e_let_sink", "r51e_just_plans"]
CONCERN_PAIRS += ("r51e_safety_plan r51e_opposite", "r51e_where_all r51e_no_reason", "r51e_street_drug r51e_a_lot", "r51e_go_side r51e_winning", "r51e_dark r51e_winning",
                  "r51e_good_ones bye", "r51e_good_ones r47_thanks", "r51e_good_ones farewell",
                  "r51e_kids_split r50_if_gone", "r51e_silence forever", "r51e_fire_skin repeated",
                  "r51e_fire_skin r51e_unnoticed", "burn_act r51e_unnoticed", "self_harm r51e_unnoticed",
                  "r51e_scrape r51e_unnoticed", "r51e_shrink r51e_until_gone", "r51e_suffer_q baby fatal",
                  "r51e_suffer_q baby baby_peril", "r51e_went_together dead", "r51e_went_together r50_peace",
                  "r51e_kids_adjust their_giving", "r51e_or_i_will r51e_make_stop", "wound_cover r51e_not_weather",
                  "hide_marks r51e_not_weather", "r51e_route r51e_far_place", "r51e_route r48_place driving",
                  "r51e_not_honest screen", "r51e_not_honest dead nightly")
SURE_WITH["r51e_stop_being"] = "want_bad image_urge"  # "I just want to stop being"
SURE_WITH["r51e_silence"] = "forever"  # "want to 🤫 him permanently"
SURE_WITH["r51e_until_gone"] = "r51e_shrink"  # "I want to shrink until I'm gone"
SURE_WITH["r51e_just_plans"] = "thoughts_word intrusive_word"  # "no scary thoughts, just plans"
SURE_WITH["r51e_let_sink"] = "bath tub_water"
# ketamine is a treatment here: "can ketamine kill you?" is a patient's worry; taken "a lot at home" it is a means
SURE_TRIPLES += ("r51e_street_drug kills_you r51e_a_lot", "r51e_street_drug fatal r51e_a_lot",
                 "r51e_kids_split r50_if_gone r51e_before_decide", "r51e_went_together dead baby",
                 "r51e_went_together r50_peace baby", "r51e_went_together dead kid", "r51e_went_together r50_peace kid")
# what explains each away: a clinician leaving, a trip, a move for the kids, an outing to the lake
EXPLAINED_BY.update({"r51e_good_ones": frozenset({"r51e_they_leave"}), "r51e_badge": frozenset({"r51e_they_leave"}),
                     "r51e_plan_absent": frozenset({"r51e_away_reason"}), "r51e_kids_adjust": frozenset({"r51e_adjust_ctx"}),
                     "r51e_route": frozenset({"r51e_outing", "outing", "leisure"})})
_CONTEXT = _CONTEXT | {"r51e_they_leave", "r51e_away_reason", "r51e_adjust_ctx", "r51e_outing"}  # read both sides
# the screen answer told back as untrue is one's own, now ("I wasn't honest on the PHQ-9 ... every day")
TOLD_OF = TOLD_OF | {"r51e_not_honest", "r51e_unnoticed", "r51e_kids_adjust", "r51e_route", "r51e_where_all"}
# Round 51 (rec51en), more from batch 53: a whole "thing" of a medicine asked about ("is it fast"); a past attempt with
# the same thoughts back; a partner saying the baby would be happier with just the others; "let me be gone"; sleeping in
# the car in the closed garage
_extend({
    "r51e_whole_of": """a whole thing of/the whole thing of/whole bottle of/a whole bottle of/the whole bottle of/
        whole box of/a whole box of/whole pack of/a whole pack of/entire bottle of/an entire bottle of/entire box of/
        whole sleeve of/a whole sleeve of/todo el frasco de/todo un frasco de/toda la caja de""",
    "r51e_fast_q": """is it fast/is it quick/would it be fast/would it be quick/is it quicker/does it hurt/would it hurt/
        is it painless/would it be painless/es rapido/seria rapido/duele""",
    "asking_for_kin": "asking for a frend/asking for my frend/asking 4 a friend/asking for a fren",
    "r51e_attempted": """attempted at/attempted when/i attempted/attempted once/attempted in/attempted years ago/
        after my attempt/since my attempt/the last time i attempted/intente a los/lo intente a los""",
    "r51e_thoughts_back": """same thoughts are back/the same thoughts are back/exact same thoughts are back/
        those thoughts are back/the thoughts are back/the thoughts came back/those thoughts came back/
        thoughts are coming back/same thoughts again/those thoughts again/same feelings are back/those feelings are back/
        volvieron los pensamientos/los mismos pensamientos""",
    "r51e_happier_without": """would be happier with just me/would be happier with just him/would be happier with just her/
        would be happier without her/would be happier without him/would be happier without me/
        would be happier without mommy/would be happier without daddy/be happier with a new mom/be happier with a new dad/
        would be better without her/would be better without him/seria mas feliz sin mi/seria mas feliz sin ella/
        seria mas feliz sin el""",
    "r51e_her_things": """all her jewelry/all his jewelry/her jewelry/his jewelry/all her plants/all his tools/all her clothes/
        all his clothes/all her things/all his things/all her stuff/all his stuff/her favorite things/his favorite things/
        toda su ropa/todas sus joyas/sus joyas/todas sus cosas""",
    "r51e_let_gone": "let me be gone/let me just be gone/just let me be gone/dejame ir/que me deje ir",
})
CONCEPT_GUARDS.update({
    "r51e_attempted": "!to/a/the/vbac/home/breastfeeding/natural/to_breastfeed/labor/the_test/it_twice",
    "r51e_happier_without": "!hat/socks/swaddle/blanket/pacifier/paci/bottle/shoes/mittens/sleeve/sleeves/bib/bow/headband/"
                            "around/there/in_the/at/on",
    "r51e_let_gone": "!for/on/by/til/until/before/when/while/at/from/to/early",
})
CONCERN_ALONE += ["r51e_happier_without", "r51e_let_gone"]
CONCERN_PAIRS += ("r51e_whole_of meds", "r51e_whole_of drug_name", "r51e_attempted r51e_thoughts_back",
                  "attempt r51e_thoughts_back", "r51e_happier_without r51e_her_things", "r51_car_garage to_sleep")
SURE_WITH["r51e_whole_of"] = "r51e_fast_q asking_for_kin question"  # "a whole thing of tylenol, is it fast"
SURE_WITH["r51e_thoughts_back"] = "r51e_attempted attempt"  # "attempted at 19 ... the exact same thoughts are back"
TOLD_OF = TOLD_OF | {"r51e_happier_without", "r51e_thoughts_back"}

# --- Round 51 (rec51es) -------------------------------------------------------------------------------------------------
# Spanish and Spanglish recall, read by idea with the rules alone (safety.py reads Spanish spelled by ear first: "bibir",
# "beneno", "asta", "nesesitar", "boy a"). Each a check-in; sure where the act is plain. Mother and baby going "las dos
# juntas" (sure when she has shut herself in); getting into the water with the baby "y no vamos a salir" (sure); "lo
# podría matar" of a crying baby; blows to oneself kept up until blood, or to punish oneself ("pa que se me quite lo
# feo"), sure with both; one's things, or her things, given away beside "won't need them", "I think I know why" or a
# death said; a blade found beside marked arms (sure when found or hushed up); a letter for the kids "in case something
# happens to me"; a farewell letter carried; falling asleep "and that's it, forever". Each everyday cousin stays quiet.
_extend({
    "r51es_go_both": """nos vamos a ir las dos juntas/nos vamos a ir los dos juntos/nos vamos a ir las dos/nos vamos a ir los dos/
        se van a ir las dos juntas/se van a ir los dos juntos/se van a ir las dos/se van a ir los dos/se van a ir juntas/
        se van a ir juntos/nos vamos a ir juntitas/nos vamos a ir juntitos/las dos nos vamos a ir/los dos nos vamos a ir/
        nos vamos las dos juntas/nos vamos los dos juntos/se va a ir con la bebe/se va a ir con el bebe/
        se quiere ir con la bebe/se quiere ir con el bebe/me voy a ir con mi bebe/me voy a ir con la bebe/
        me voy a ir con el bebe/me voy a ir y me la llevo/me voy a ir y me lo llevo/we are both going to go/
        both of us are going to go/we are both going to be gone/she says they are both going/they are both going to go""",
    "r51es_into_water": """meterme a la alberca/meterme en la alberca/meterme a la piscina/meterme en la piscina/meterme al agua/
        meterme al mar/meterme al rio/meterme al lago/meterme a la presa/meterme al canal/meternos a la alberca/
        meternos en la alberca/meternos a la piscina/meternos al agua/meternos al mar/meternos al rio/meternos al lago/
        me voy a meter a la alberca/me voy a meter al agua/me voy a meter al mar/me voy a meter al rio/
        nos vamos a meter a la alberca/nos vamos a meter al agua/nos vamos a meter al mar/nos vamos a meter al rio/
        me meto a la alberca/me meto al agua/me meto al mar/me meto al rio/walk into the pool/get in the pool/
        get into the pool/go into the pool/walk into the water/go into the water/get into the water/walk into the sea/
        walk into the river/get in the water""",
    "r51es_not_out": """no vamos a salir/y no vamos a salir/ya no vamos a salir/no voy a salir/y no voy a salir/y no salir/
        y ya no salir/no volver a salir/y no volvemos a salir/no vamos a volver a salir/y ya no salimos/y no salimos/
        and not come out/and not coming out/and not come back up/and never come out/and not get out/we are not coming out/
        we wil not come out/and we wil not come out/and we are not coming out/not coming back up""",
    "r51es_kill_it": """lo podria matar/la podria matar/podria matarlo/podria matarla/lo quiero matar/la quiero matar/
        quiero matarlo/quiero matarla/me dan ganas de matarlo/me dan ganas de matarla/ganas de matarlo/ganas de matarla/
        lo mataria/la mataria/tengo miedo de matarlo/tengo miedo de matarla/lo podria ahorcar/la podria ahorcar/
        lo podria ahogar/la podria ahogar/lo podria aventar/la podria aventar/lo podria estrellar/la podria estrellar""",
    "r51es_blows": """me di de golpes/me doy de golpes/me di golpes/me daba golpes/me daba de golpes/me di de cabezazos/
        me doy de cabezazos/me di cabezazos/me doy cabezazos/me daba cabezazos/me pegue en la cabeza contra/
        me pego en la cabeza contra/me golpee la cabeza contra/me golpeo la cabeza contra/me golpee contra la pared/
        me pegue contra la pared/me pego contra la pared/me di contra la pared/me doy contra la pared/golpes en la pared/
        golpes contra la pared/cabezazos contra la pared/cabezazos en la pared/me azote contra/me azoto contra/
        i hit myself/i punched myself/i beat myself/kept hitting myself/i keep hitting myself/hitting myself/
        punching myself/banged my head against the wal/hit my head against the wal""",
    "r51es_till_blood": """hasta que me salio sangre/hasta que salio sangre/hasta que me sangro/hasta que sangre/hasta que sangro/
        hasta que me sale sangre/hasta que me saliera sangre/hasta que me hice sangre/hasta hacerme sangre/
        hasta que vi sangre/until i bled/until it bled/til i bled/til it bled/until there was blood/until i was bleeding/
        until blood came""",
    "r51es_punish": """para que se me quite lo feo/para quitarme lo feo/para que se me quite lo tonta/para que se me quite lo tonto/
        para que se me quite lo inutil/para castigarme/porque me lo merezco/porque lo merezco/because i deserve it/
        to punish myself/to get the ugly out/to beat the ugly out""",
    "r51es_gave_mine": """regalando al my/regalando mis/regalando mi/regalando todo/regalando toda mi/estoy regalando/
        he estado regalando/ben regalando/ben giving away/giving away al my/giving away my stuf/giving away my things/
        giving away my clothes/regale toda mi/regale todas mis/regale todo/ya regale/ya le regale/ya le di mis/
        ya le di mi/ya les di mis/le di todas mis/les di mis/les regale mis/di mis cosas/di mi ropa/regalo toda su ropa/
        regalo todas sus cosas/regalo sus cosas/regalo su ropa/regalo toda su/le regalo toda su/gave away al her/
        gave away al his/gave away her stuf/gave away her things/gave away his things/giving away her things/
        giving away her stuf/is giving away her/is giving away his/i gave my sister my things/i gave her my things""",
    "r51es_know_why": """and i think i know why/i think i know why/i know why/y creo que se por que/creo que se por que/
        creo que ya se por que/y ya se por que/y creo que se porque/creo que se porque/ya se porque""",
    "r51es_blade": """cuchila/cuchilas/cuchila de afeitar/hoja de afeitar/hojas de afeitar/navajita/navajitas/navaja/navajas/
        razor/razors/razor blade/blade/blades""",
    "r51es_arms_marked": """brazos todos marcados/los brazos marcados/brazos marcados/los brazos cortados/brazos cortados/
        brazos todos cortados/los brazos rayados/las piernas marcadas/piernas todas marcadas/las munecas cortadas/
        marcas en los brazos/cortadas en los brazos/cortes en los brazos/rayas en los brazos/arms al marked/
        her arms marked/his arms marked/marks al over her arms/cuts al over her arms/cuts on her arms/cuts on his arms/
        her arms were cut/marks on her arms""",
    "r51es_found_hushed": """encontre a mi hija/encontre a mi hijo/la encontre/lo encontre/found my daughter/found my son/
        found her/found him/me dice que no es nada/dice que no es nada/que no me meta/says it is nothing/
        said it was nothing/told me to stay out of it""",
    "r51es_letter_kids": """wrote a carta/i wrote a carta/wrote a letter for my kids/wrote letters for my kids/escribi una carta/
        les escribi una carta/una carta para mis hijos/a carta for my kids/cartas para mis hijos/escribi cartas/
        a letter for my kids/a letter for each of my kids""",
    "r51es_sth_happens": """algo me pasa/si algo me pasa/por si algo me pasa/in case something happens to me/
        if something happens to me/si me pasa algo/por si me pasa algo/in case algo me pasa/in case anything happens""",
    "r51es_carry_it": """la traigo en la bolsa/la traigo conmigo/la cargo en la bolsa/la traigo en mi bolsa/la tengo en mi bolsa/
        la llevo conmigo/la llevo en la bolsa/i carry it with me/its in my purse/it is in my purse""",
    "r51es_shut_in": """se encerro con la bebe/se encerro con el nino/se encerro con la nina/se encerro con mi nieta/
        se encerro con mi nieto/se encerro/esta encerrada/estan encerradas/no me abre/no me quiere abrir/no abre la puerta/
        locked herself in with/locked in with the baby/wont open the door/wil not open the door""",
    "to_sleep": """si me quedo dormida/me quedo dormida/me quedo dormido/quedarme dormida/quedarme dormido/
        me quedara dormida/if i fal asleep""",
})
# a destination, a time or company after "las dos juntas" is an outing ("...al doctor", "...a casa de mi mamá")
CONCEPT_GUARDS["r51es_go_both"] = ("!a/al/a_la/a_las/a_los/de/para/en/con/el/la/los/las/este/esta_tarde/esta_semana/manana/hoy/"
                                    "temprano/to/to_the/on/for/at/in/home/out/shopping/tomorrow/today/this/next/de_viaje/"
                                    "de_vacaciones/de_compras/a_casa/al_doctor/a_la_cita/por/after/despues")
# "...y no vamos a salir hasta las 5 / en todo el día / de la casa" is a stay, not a drowning
CONCEPT_GUARDS["r51es_not_out"] = ("!hasta/until/til/today/hoy/en/por/a/temprano/early/for/de_la_casa/de_casa/of_the_house/"
                                    "the_house/in/from/because/porque/todo/al_day/todo_el_dia/este/esta/this/tonight/manana/"
                                    "tomorrow/sin/without/de_la_alberca_hasta/del_agua_hasta")
# bumps against a door or a table, by accident
CONCEPT_GUARDS["r51es_blows"] = ("!con_la_puerta/con_las_puertas/con_la_mesa/con_el_mueble/sin_querer/por_accidente/"
                                  "by_accident/accidentally/on_the_door/on_the_cabinet/con_la_alacena")
# clothes one has outgrown, the baby's things
CONCEPT_GUARDS["r51es_gave_mine"] = ("!maternity/de_embarazo/de_maternidad/old/viejas/viejos/baby/del_bebe/de_bebe/de_la_bebe/"
                                      "toys/juguetes/the_crib/la_cuna/pre_pregnancy/la_leche/de_comer/el_pecho/la_medicina/"
                                      "su_medicina/la_formula/el_biberon/la_mamila")
CONCEPT_GUARDS["r51es_kill_it"] = "!de_besos/a_besos/con_besos/de_amor/with_kisses"
CONCERN_PAIRS += ("r51es_go_both baby", "r51es_go_both r49_takes_along", "r51es_into_water r51es_not_out",
                  "r51es_kill_it baby", "r51es_blows r51es_till_blood", "r51es_blows r51es_punish",
                  "r49_self_hit r51es_till_blood", "r49_self_hit r51es_punish", "r51es_gave_mine unneeded",
                  "r47_gave_mine unneeded", "r51es_gave_mine r51es_know_why", "r51es_blade r51es_arms_marked",
                  "r51es_letter_kids r51es_sth_happens", "letter_left r51es_sth_happens", "letter_left farewell_act",
                  "r51es_letter_kids farewell_act", "letter_left r51es_carry_it farewell_act")
SURE_TRIPLES += ("r51es_go_both locked_in", "r51es_go_both r51es_shut_in", "r51es_into_water r51es_not_out baby", "r51es_blows r51es_till_blood r51es_punish",
                 "r51es_gave_mine death", "r51es_blade r51es_arms_marked r51es_found_hushed")
# a mother, a grandmother or "mi prima" telling of these is a report to act on, never a story
TOLD_OF = TOLD_OF | {"r51es_go_both", "r51es_gave_mine", "r51es_arms_marked", "unneeded"}
SOFTENER_VOID["others"] = SOFTENER_VOID["others"] | {"r51es_go_both", "r51es_gave_mine", "r51es_arms_marked", "unneeded",
                                                     "r51es_kill_it", "locked_in"}
SOFTENER_VOID["story"] = SOFTENER_VOID.get("story", frozenset()) | {"r51es_go_both", "r51es_gave_mine", "r51es_arms_marked",
                                                                    "locked_in"}

# --- Round 51 (falarm51) ------------------------------------------------------------------------------------------
# Sure-tier false alarms of blind batch 53, each lowered by its idea (with crisis_patterns.py's guards for "jump straight
# to", a bottle nipple, "all at once. I'm dead", "gun to my head I couldn't tell you", "jump off a bridge for me",
# "killing him with my snack requests", and safety._mask_contexts for "no la quiero despertar"):
# - going on to one's meetings in recovery ("llevo 3 años sobria y sigo yendo a mis juntas"), to therapy, church or work,
#   is no place one keeps going back to;
_R51_KEPT_UP = ("!mis_juntas/las_juntas/juntas/a_juntas/mis_reuniones/las_reuniones/reuniones/aa/al_aa/a_aa/alcoholicos/"
                "al_grupo/mi_grupo/grupo/grupos/terapia/mi_terapia/la_terapia/consejeria/la_iglesia/misa/la_misa/la_escuela/"
                "clases/mis_clases/trabajar/el_trabajo/mi_trabajo/mis_citas/las_citas/consulta/la_consulta/la_clinica/"
                "mis_sesiones/las_sesiones/la_sesion/mi_sesion/meetings/my_meetings/the_meetings/aa_meetings/na/"
                "my_sponsor/group/my_group/therapy/my_therapist/church/work/class/school/the_gym/sleep/bed/my_doctor/"
                "the_doctor/the_clinic/sessions/my_sessions")
for _entry in ("sigo yendo a", "keep going back to"):
    ENTRY_GUARDS[_entry] = (ENTRY_GUARDS[_entry] + _R51_KEPT_UP.replace("!", "/", 1)) if _entry in ENTRY_GUARDS \
        else _R51_KEPT_UP
# - how a medicine is given, asked as a choice or a "how" ("is by mouth or by the vein", "¿por la boca o por la vena?",
#   "how is it given"): a route asked about, not a supply at hand; it explains only a rule that needs "access" (a
#   medicine put somewhere), and never a route told alone ("through the vein it would be quick");
_extend({"r51_route": """by mouth or/by the mouth or/orally or/or orally/or by mouth/or through the mouth/by the vein or/
    by vein or/through the vein or/in the vein or/through an iv or/by iv or/an iv or/iv or/or by the vein/or by vein/
    or through the vein/or in the vein/or into the vein/or by iv/or through an iv/or an iv/or iv/or intravenous/
    or intravenously/intravenously or/intravenous or/or a nasal spray/or nasal spray/or is it a nasal spray/
    nasal spray or/a nasal spray or/or a shot/or an injection/or by injection/or a pill/or pills/or a drip/
    por la boca o/por boca o/o por la boca/o por boca/por la vena o/por vena o/o por la vena/o por vena/o en la vena/
    o intravenosa/o intravenoso/intravenosa o/oral o/o oral/o en spray/o spray nasal/o por la nariz/o inyectada/
    o inyectado/o en inyeccion/o en pastilla/o en pastillas/how is it given/how is the medicine given/
    how is the medication given/how do they give it/how do they give the/how do you give the/how is it administered/
    how do they administer/how will they give/how would they give/como se aplica/como la aplican/como lo aplican/
    como se la ponen/como se lo ponen/como le ponen/como la ponen/como lo ponen/como se administra"""})
EXPLAINED_BY["access"] = EXPLAINED_BY.get("access", frozenset()) | {"r51_route"}
_CONTEXT = _CONTEXT | {"r51_route"}
# - idioms of joy, of not knowing and of devotion ("I want to shout it from the rooftops", "gun to my head I could not
#   tell you what day it is", "he'd jump off a bridge for me"): they explain the death and means words beside them;
_extend({"idiom": """shout it from the rooftop/shout it from the rooftops/shout it from the roof/shout from the rooftops/
    shout from the rooftop/shouting it from the rooftops/shouting it from the rooftop/scream it from the rooftops/
    scream it from the rooftop/screaming it from the rooftops/yell it from the rooftops/yell it from the rooftop/
    yelling it from the rooftops/gritarlo desde la azotea/gritarlo desde el techo/gritarlo a los cuatro vientos/
    gun to my head i could not tell you/gun to my head i could not say/gun to my head i would not know/
    gun to my head i could not name/gun to my head i have no idea/jump off a bridge for me/jump off a bridge for you/
    jump off a cliff for me/jump off a cliff for you/jump off a bridge if you asked/jump off a cliff if you asked"""})
ENTRY_GUARDS["bridge"] = ENTRY_GUARDS.get("bridge", "!") + "/for_me/for_you/for_us/if_you_asked/if_i_asked"
# - "I love you guys but..." leads into a complaint, not a goodbye;
for _entry in ("love you guys", "love you all"):
    ENTRY_GUARDS[_entry] = (ENTRY_GUARDS[_entry] + "/" if _entry in ENTRY_GUARDS else "!") + "but/pero/but_the/but_this"
# - thanks with a good day told ("muchas gracias por todo, hoy fue un buen día", "thank you for everything, today was a
#   good day"): a thank-you after a visit, never "a good day to die" or "to go";
_extend({"r51_good_day": """hoy fue un buen dia/hoy fue un gran dia/hoy fue un dia bonito/hoy fue un lindo dia/
    fue un buen dia/fue un gran dia/fue un dia muy bonito/hoy me fue bien/hoy me fue muy bien/hoy estuvo bien/
    today was a good day/today was a great day/today was a really good day/it was a good day/it was a great day/
    had a good day/had a great day/had such a good day/such a good day today/great day today/good day today"""})
CONCEPT_GUARDS["r51_good_day"] = "!to/para/for_it/for_that/to_die/para_morir/para_irme/to_go/to_leave/to_end"
EXPLAINED_BY["farewell"] = EXPLAINED_BY.get("farewell", frozenset()) | {"r51_good_day"}
EXPLAINED_BY["bye"] = EXPLAINED_BY.get("bye", frozenset()) | {"r51_good_day"}
_CONTEXT = _CONTEXT | {"r51_good_day"}
# - all set for a party ("para el domingo ya va a estar todo listo, la fiesta del bautizo"): a plan of the party.
_R51_PARTY = ("la_fiesta/para_la_fiesta/el_bautizo/para_el_bautizo/la_boda/para_la_boda/el_cumpleanos/para_el_cumpleanos/"
              "la_comida/para_la_comida/el_cuarto/el_cuarto_del_bebe/la_pinata/el_pastel/las_invitaciones/la_maleta/"
              "el_viaje/para_el_viaje/la_mudanza/para_la_mudanza/the_party/for_the_party/the_baptism/the_shower/"
              "for_the_shower/the_nursery/the_trip/for_the_trip")
for _entry in ("listo", "todo listo"):
    ENTRY_GUARDS[_entry] = (ENTRY_GUARDS[_entry] + "/" if _entry in ENTRY_GUARDS else "!") + _R51_PARTY

# --- Round 51 (mend50) ---------------------------------------------------------------------------------------------
# Mends from the review of round 50. A scald poured on oneself ("poured boiling water on myself", "me eché agua
# hirviendo en el brazo") is never explained by a spill told beside it: those entries are their own concept, which the
# spill does not explain. A spill explains no scald at all beside "on purpose", "over and over", a cover story ("so it
# looks like a spill", "para que pareciera accidente") or "to feel something". "me doy golpes con la puerta" is guarded
# no more by the thing hit (the guard deleted the hit, and its pairs with it): clumsiness told ("soy bien torpe") or a
# thing bumped into explains it, and never beside "on purpose", "hasta sangrar" or "para sentir algo". "i was so tired
# of living" and "the bottle of pills" are no errand at the wheel.
_extend({
    "r51_scald_self": """echarme agua hirviendo/echarme el agua hirviendo/me eche agua hirviendo/pour boiling water on myself/
        pour hot water on myself/pour the boiling water on myself/poured boiling water on myself/poured hot water on myself/
        poured the boiling water on myself/pouring boiling water on myself/pouring hot water on myself/
        pouring the boiling water on myself/pouring the hot water on myself""",
    "r51_cover_up": """so it loks like/so it would lok like/so it loked like/so he would think/so she would think/
        so they would think/so hed think/so shed think/so theyd think/so he thinks/so she thinks/so they think/
        so nobody suspects/so no one suspects/so nobody knows/so nobody wil know/to make it lok like/
        make it lok like/para que pareciera/para que parezca/para que piensen/para que no sospechen/para que nadie sepa/
        como si fuera acidente""",
    "r51_clumsy": """soy torpe/soy bien torpe/soy muy torpe/soy tan torpe/por torpe/de torpe/bien torpe/que torpe/
        por distraida/por distraido/por no fijarme/sin fijarme/i am clumsy/im clumsy/clumsy me/
        con todo/con las puertas/con la puerta/con los gabinetes/con las esquinas/con la esquina/con la mesa/
        contra los muebles/contra las puertas/contra la puerta/con los muebles""",
})
CONCEPT_GUARDS["r51_scald_self"] = CONCEPT_GUARDS["r49_scald"]


def _spill_then_pour(hits: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A pour on oneself told just after a spill ("the kettle tipped and I poured boiling water on myself", "se me cayó la
    olla y me eché agua hirviendo en el pie") is the spill's scald: read as "r49_scald", which the spill explains (and
    "on purpose" or a cover story still keeps). A spill told after the pour explains nothing."""
    spills = [at for at, c in hits if c == "r50_spilled"]
    return [(at, "r49_scald" if c == "r51_scald_self" and any(0 < at - s <= WINDOW for s in spills) else c)
            for at, c in hits]


CONCERN_ALONE += ["r51_scald_self"]
CONCERN_PAIRS += ("r51_scald_self image_urge",)
TOLD_OF = TOLD_OF | {"r51_scald_self"}
for _hit in ("r49_self_hit", "self_hit"):  # "me doy golpes" reads both
    EXPLAINED_BY[_hit] = EXPLAINED_BY.get(_hit, frozenset()) | {"r51_clumsy"}
_CONTEXT = _CONTEXT | {"r51_clumsy"}  # read on both sides of the hit
EXPLAIN_VOID.update({
    "r50_spilled": frozenset({"on_purpose", "over_again", "r51_cover_up", "cover_story", "relief", "r51_scald_self"}),
    "r51_clumsy": frozenset({"on_purpose", "over_again", "r49_to_blood", "relief", "r51_cover_up"}),
    "r50_wheel_errand": frozenset({"on_purpose", "r51_cover_up"}),
})
ENTRY_GUARDS.update(dict.fromkeys(("me pego yo sola", "me pego yo misma"), "!sin_querer"))  # the thing hit explains it
for _entry in ("i was so tired", "because i was so tired", "the bottle"):
    _entry_guard_more(_entry, "r50_wheel_errand", "of")
_entry_guard_more("porque estaba muy cansada", "r50_wheel_errand", "de")


# --- Round 52 (rec52) ---------------------------------------------------------------------------------------------
# Crisis recall by idea, English, Spanish and Spanglish, read with the rules alone (tests/test_round52_recall.py). Mostly
# the check-in: having nearly died at the delivery and feeling one "was supposed to" (or "should be corrected", waking up
# "the disappointment"); not moving out of a car's way; a drive mapped to a dam or bridge "not for the view"; a title or
# accounts signed over "so it does not get stuck in probate"; an emoji blow at the baby and "I almost did it"; drugs or a
# vial from work "not for a patient"; giving things away that "feels like getting ready"; no future with oneself in it;
# wanting to be in the grave with the dead; "we'll get through it" answered "you will"; praying to be done by morning; a
# heart wished to quit; "lucky her" of a death; waiting for someone to watch the baby "then I'm going"; nails pressed into
# a scar "until it opens"; hiding what one did to one's hands; keeping the bottle there while the baby choked; picturing
# the baby limp without flinching; tomorrow never coming "for me"; "the 'it' I meant was ending it" (sure); composing the
# note one would leave; the tub "deep enough for me"; both stopping breathing; planning it every night (sure beside a
# means); holding the baby on a balcony "longer than I should have"; the marks "are from me"; a razor "already in my
# bag"; knowing where the bullets are; a wife giving her things away, "not normal for her". Each everyday cousin ("I
# almost died laughing", "mapped the drive to the dam for the fireworks", "signed the title over, he's buying it",
# "getting ready for the baptism, giving away clothes she outgrew") stays quiet.
_extend({
    "r52_near_death": """almost died/nearly died/i almost died/i nearly died/almost did not make it/nearly did not make it/
        almost lost me/nearly lost me/i flatlined/i coded/they almost lost me/casi me muero/casi me muri/casi no la cuento/
        casi no sobrevivo/por poco me muero/estuve a punto de morir""",
    "r52_meant_to": """i think i was supposed to/think i was supposed to/i was supposed to and/i was meant to and/
        maybe i was supposed to/i was supposed to die/i was meant to die/i was supposed to go/i was meant to go/
        i just am running late/i am just running late/just running late/creo que me tocaba/me tocaba/se suponia que me iba/
        yo me tenia que ir/me tenia que morir""",
    "r52_wrong_survivor": """i am the one who should be corrected/the one who should be corrected/should be corrected/
        the universe made a clerical error/universe made a clerical error/universe made a mistake keeping me/
        universe made a mistake letting me live/god made a mistake keeping me/a mistake that i survived/a mistake that i lived/
        i was not supposed to survive/i was not supposed to make it/i should not have survived/
        i should not have made it/i should have died on that table/should have died on the table/
        waking up was the disappointment/waking up was a disappointment/waking up is the disappointment/
        waking up was the letdown/waking up is the letdown/el universo se equivoco/fue un error que sobreviviera/
        no debi sobrevivir/no debia sobrevivir/debi morir en la mesa/despertar fue la decepcion/despertar es la decepcion""",
    "r52_if_hit": """if i got hit/if i get hit/if i was hit/if a car came/if a car comes/if a truck came/if a bus came/
        if a car was coming/if a car hit me/if a truck hit me/if something hit me/si me atropellaran/si me atropellara/
        si me atropella/si viniera un carro/si viene un carro/si me pega un carro""",
    "r52_not_move": """would not even try to move/would not try to move/would not even move/would not move/
        would not get out of the way/would not even get out of the way/would not step out of the way/
        would not jump out of the way/would just stand there/would not dodge/i would let it/just let it hit me/
        no me moveria/ni me moveria/no me quitaria/ni me quitaria/no me haria a un lado""",
    "r52_drive_to": """mapped the drive to/mapped out the drive to/mapped the route to/mapped a route to/mapped the way to/
        looked up the drive to/looked up directions to/got directions to/planned the drive to/planned a drive to/
        saved the route to/drove out to/driving out to/mape la ruta a/mape la ruta al/busque la ruta a/busque la ruta al/
        busque como llegar a/busque como llegar al""",
    "r52_drop_place": """dam/the dam/a dam/bridge/the bridge/overpass/the overpass/gorge/the gorge/canyon/the canyon/cliffs/
        the cliffs/the overlook/lookout point/the lookout/la presa/una presa/el puente/puente/el acantilado/
        el mirador/el barranco""",
    "r52_not_view": """not going for the view/not for the view/not for the scenery/not going for the scenery/not to sightsee/
        not for sightseeing/not to take pictures/not for pictures/not for the photos/not to look at it/
        no voy por la vista/no es por la vista/no es para ver el paisaje/no voy a ver el paisaje/no voy a tomar fotos""",
    "r52_sign_over": """signed the car title over/signed the title over/signed over the title/signed over the car title/
        signed my car over/signed the car over/signed over my car/signed over my accounts/signed my accounts over/
        put my accounts in his name/put my accounts in her name/transferred my accounts/added him to my accounts/
        added her to my accounts/made him the beneficiary/made her the beneficiary/changed my beneficiary/
        firme el titulo/le firme el titulo/le pase el titulo/le pase mi carro/puse mis cuentas a nombre de/
        puse las cuentas a nombre de/le pase mis cuentas""",
    "r52_probate": """stuck in probate/get stuck in probate/go through probate/going through probate/to avoid probate/
        avoid probate/in probate/so it is easier when i am gone/so it is easier after/para que no batallen cuando/
        para cuando yo no este/para cuando ya no este/para que no se quede atorado""",
    "r52_baby_blow": """baby crash/baby crash crash/crash baby/bebe crash/crash bebe""",
    "r52_almost_did": """i almost did it/almost did it/i nearly did it/nearly did it/i came so close to doing it/
        casi lo hago/casi lo hice/estuve a punto de hacerlo/por poco lo hago""",
    "r52_work_drugs": """a vial in my locker/vial in my locker/vials in my locker/a vial in my bag/vial in my bag/
        a vial in my purse/vial in my purse/a vial at home/vials at home/took a vial/taking a vial/pocketed a vial/
        the pyxis/from the pyxis/the omnicell/from the omnicell/from the med room/from the crash cart/
        what i could take home/what i could bring home/take home from work/took home from work/brought home from work/
        un vial en mi casillero/un frasco en mi casillero/me traje del hospital/me traje del trabajo/
        lo que me podria llevar a casa""",
    "r52_not_meant": """is not supposed to be there/that is not supposed to be there/not for a patient/it is not for a patient/
        without it flagging/without it being flagged/without anyone noticing/without anybody noticing/
        what it would do to me/i know what it would do/know what it would do to me/what it would do to my body/
        no es para un paciente/que no deberia estar ahi/lo que me haria/sin que nadie se de cuenta""",
    "r52_getting_ready": """feels like getting ready/feels like i am getting ready/it feels like getting ready/
        feels like preparing/feels like i am preparing/like i am getting ready/like i am preparing/
        siento que me estoy preparando/como si me estuviera preparando/como preparandome""",
    "r52_giving_away": """giving away the baby clothes/giving away her baby clothes/giving away my books/gave away my books/
        started giving away/i started giving away/been giving away/giving away my/giving the babys stuff to/
        giving the baby stuff to/giving her jewelry to/giving his things to/giving her things to/giving away her jewelry/
        gave her jewelry to/regalando mis libros/regalando la ropa/regale mis libros/regalando sus joyas/regalo sus joyas""",
    "r52_not_like": """that is not normal for her/not normal for her/not normal for him/that is not like her/not like her/
        not like him/that is not like him/no es normal en ella/no es normal en el/ella no es asi/el no es asi""",
    "r52_no_future": """do not see myself in any future/can not see myself in any future/do not see myself in a future/
        can not see myself in a future/do not picture myself in any future/can not picture myself in any future/
        can not picture myself next year/can not imagine myself next year/do not see myself next year/
        do not see myself being here/can not see myself being here/no me veo el ano que viene/no me veo aqui el ano/
        no me imagino el ano que viene/no me veo en un futuro/no me veo en ningun lado del futuro""",
    "r52_grave_with": """wanted to be in there with her/wanted to be in there with him/want to be in there with her/
        want to be in there with him/to be in there with her instead/to be in there with him instead/
        in the ground next to our mom/in the ground next to our dad/in the ground next to my mom/in the ground next to my dad/
        better off in the ground/do fine in the ground/be fine in the ground/crawl into the hole where/
        pull the dirt over me/room next to her and i would like to take it/room next to him and i would like to take it/better off six feet under/better off buried/in the grave with her/in the grave with him/
        in the coffin with her/in the coffin with him/in the casket with her/in the casket with him/
        climb in with her/climb in with him/be buried with her/be buried with him/
        queria estar ahi con ella/queria estar ahi con el/queria estar en la tumba con/en la tumba con ella/
        en la tumba con el/en el ataud con ella/en el ataud con el/estaria mejor bajo tierra/mejor bajo tierra/
        enterrada con ella/enterrarme con ella/enterrarme con el""",
    "r52_get_through": """wel get through it/wel get through this/we are gona get through this/we will get through it/we will get through this/we are going to get through this/
        we are going to get through it/we will make it through/we will be ok/we will be okay/we will be fine/
        vamos a salir de esta/saldremos adelante/vamos a salir adelante""",
    "r52_you_will": """keep thinking you will/i keep thinking you will/thinking you will/i think you will/and i think you will/
        pienso tu si/y yo pienso tu si/pienso ustedes si/y pienso tu si/i keep thinking you guys will""",
    "r52_letdown": """was the disappointment/is the disappointment/was the letdown/is the letdown/fue la decepcion/
        es la decepcion""",
    "r52_waking": """waking up/wake up/woke up/waking/despertar/despertarme/desperte""",
    "r52_pray_done": """pray every night to be gone/pray every night to be done/pray each night to be gone/
        pray every night that i do not wake/pray to be done/praying to be done/prayed to be done/pray at night to be done/pray i am done by/
        pray that i am done by/pray to be gone by morning/pray to be gone/praying to be gone/prayed to be gone/
        pray to not be here/praying to not be here/pray i am not here/rezo para ya no estar/rezo por ya no estar/
        le pido a dios ya no estar/le pido a dios no amanecer/rezo para no amanecer/rezo por no amanecer""",
    "r52_heart_quit": """heart just gives out/heart just quits/heart would just stop on its own/battery just quit and took me/heart would just quit/heart would quit/heart to just quit/heart to quit/heart would just give out/
        heart would give out/heart to just give out/heart to give out/wish my heart would stop/heart would just stop/
        que mi corazon se detuviera/que se me pare el corazon/que se me parara el corazon/que mi corazon se rindiera""",
    "r52_lucky_her": """lucky her/lucky him/lucky them/my first thought was lucky/que suerte la de ella/que suerte la de el/
        que suerte tiene ella/ella si tiene suerte""",
    "r52_a_death": """charted a code/called a code/coded/died/passed away/death/her death/his death/dying/
        se murio/fallecio/murio/se nos fue/her funeral/his funeral""",
    "r52_then_going": """then i am going/then i am gone/then i will go/then i go/then i am leaving/then i will be gone/
        then i can go/and then i am going/y luego me voy/y ya me voy/despues me voy/entonces me voy/y ahi me voy""",
    "r52_someone_baby": """someone is here with the baby/someone here with the baby/someone to watch the baby/
        someone with the baby/so someone is with the baby/so the baby is not alone/someone to take the baby/
        someone is here for the baby/until my mom flies in/until my mom gets here/until my mom comes/
        alguien con el bebe/alguien con la bebe/alguien que cuide al bebe/alguien que cuide a la bebe/
        hasta que llegue mi mama/para que alguien se quede con""",
    "r52_nails_into": """press my nails into/pressing my nails into/pressed my nails into/dig my nails into/
        digging my nails into/dug my nails into/i pick at the scar/pick at my scar/picking at my scar/scratch the scar/
        scratching the scar/me entierro las unas en/me clavo las unas en/me rasco la cicatriz""",
    "r52_until_open": """until it opens/until it opened/until it opens up/until it bleeds/until it bled/until it splits/
        until it breaks open/until the skin breaks/until it tears/hasta que se abre/hasta que se abra/
        hasta que se abrio/hasta que sangra/hasta que sangre""",
    "r52_hid_hands": """so nobody would see what i did/so no one would see what i did/so nobody sees what i did/
        so no one sees what i did/what i did to my hands/what i did to my arms/what i did to my legs/
        what i did to my wrists/what i did to my thighs/what i did to my skin/lo que me hice en las manos/
        lo que me hice en los brazos/para que nadie viera lo que me hice/para que nadie vea lo que me hice""",
    "r52_keep_there": """keep the bottle there/kept the bottle there/hold the bottle there/held the bottle there/
        keep the blanket there/hold the blanket there/keep the pillow there/hold the pillow there/keep my hand there/
        hold my hand there/dejar el biberon ahi/deje el biberon ahi/mantener la almohada ahi/dejarle la mano ahi""",
    "r52_while_choke": """while he choked/while she choked/while he chokes/while she chokes/while he was choking/
        while she was choking/let him choke/let her choke/until he choked/until she choked/mientras se ahogaba/
        dejarlo ahogarse/dejarla ahogarse/mientras se atragantaba""",
    "r52_limp": """going limp/go limp/went limp/limp in my hands/limp in my arms/se pone flacido/se pone flacida/
        flacido en mis brazos/flacida en mis brazos/sin moverse en mis brazos""",
    "r52_no_flinch": """some part of me does not flinch/part of me does not flinch/i do not flinch/i did not flinch/
        i do not even flinch/i did not even flinch/does not even flinch/part of me does not care/ni me inmuto/
        no me inmuto/una parte de mi no se inmuta/una parte de mi no siente nada""",
    "r52_no_tomorrow": """if tomorrow just never comes for me/if tomorrow never comes for me/tomorrow never comes for me/
        tomorrow just never comes for me/if tomorrow never came for me/if there is no tomorrow for me/
        if i do not get a tomorrow/si manana no llega para mi/si no hay manana para mi/si manana nunca llega para mi""",
    "r52_meant_end": """i meant was ending it/meant was ending it/the it i meant was ending/i meant ending it/meant ending it/
        i meant ending my life/meant ending my life/i meant killing myself/meant killing myself/i meant ending things/
        meant was ending things/me referia a acabar con todo/me referia a matarme/me referia a quitarme la vida/
        quise decir matarme/quise decir acabar con todo/lo que quise decir era acabar con todo""",
    "r52_note_draft": """composing the note i would leave/composing the note/composing my note/drafting the note i would leave/
        drafting my note/drafted my note/writing the note i would leave/the note i would leave/the note i would leave behind/
        the letter i would leave/the letter i would leave behind/writing my goodbye note in my head/la carta que dejaria/
        la nota que dejaria/escribiendo la nota que voy a dejar/escribiendo la carta que voy a dejar""",
    "r52_deep_me": """deep enough for me/it is deep enough for me/is deep enough for me/bien honda para mi/
        suficientemente honda para mi/lo bastante honda para mi/bien hondo para mi/lo bastante hondo para mi""",
    "r52_water": """bathtub/the bathtub/the tub/tub/the bath/bath/the pool/pool/the lake/the river/the canal/the pond/
        la tina/la banera/tina/banera/la alberca/el rio/el canal/el lago""",
    "r52_both_stop": """both just stopped breathing/both stopped breathing/both just stop breathing/both stop breathing/
        we both just stopped breathing/we both stopped breathing/los dos dejaramos de respirar/las dos dejaramos de respirar/
        ambos dejaramos de respirar/las dos dejaramos de respirar esta noche""",
    "r52_peaceful": """it would be peaceful/would be peaceful/would be so peaceful/it would be a relief/would be a relief/
        seria tranquilo/seria en paz/estariamos en paz/seria un alivio""",
    "r52_plan_nightly": """every night i plan it/i plan it different/i plan it differently/plan it different/plan it differently/
        every night i plan how/each night i plan it/i plan it every night/planning it every night/
        every night it is a different way/cada noche lo planeo/lo planeo diferente/todas las noches lo planeo/
        cada noche planeo como""",
    "r52_edge_holding": """on the balcony holding her/on the balcony holding him/on the balcony holding the baby/
        stood on the balcony holding/standing on the balcony holding/on the roof holding her/on the roof holding him/
        at the railing holding her/at the railing holding him/on the bridge holding her/on the bridge holding him/
        en el balcon cargandola/en el balcon cargandolo/en el balcon con la bebe en brazos/en el balcon con el bebe en brazos""",
    "r52_longer": """longer than i should have/longer than i should/mas de lo que debia/mas tiempo del que debia/
        mas tiempo de lo que debia""",
    "r52_marks_mine": """the burn marks are from me/burn marks are from me/the marks are from me/the cuts are from me/
        the bruises are from me/the burns are from me/the scratches are from me/the burns were me/the burn marks were me/
        the marks were me/i made the burn marks/i made those marks/las quemaduras son mias/las marcas me las hice yo/
        las quemaduras me las hice yo/las marcas son mias""",
    "r52_already_in": """is already in my makeup bag/already in my makeup bag/already in my bag/already in my purse/
        already in my pocket/already in the car/is already in the car/ya esta en mi bolsa/ya la traigo en la bolsa/
        ya lo traigo en la bolsa/ya esta en el carro""",
    "r52_know_bullets": """i know where the bullets are/know where the bullets are/i know where he keeps the bullets/
        i know where the ammo is/know where the ammo is/
        se donde estan las balas/se donde guarda las balas/yo se donde estan las balas""",
    "r52_flash_harm": """a flash of hurting/flash of hurting/a flash of throwing/flash of throwing/a flash of shaking/
        flash of shaking/a flash of dropping/flash of dropping/a flash of smothering/flash of smothering/
        un flash de lastimar/un flashazo de lastimar/se me cruzo lastimar""",
    "r52_plan_is": """the plan is after/the plan is tonight/plan is after the/el plan es despues de/el plan es esta noche""",
    "r52_someone_know": """i just wanted somebody to know/just wanted somebody to know/i just wanted someone to know/
        just wanted someone to know/solo queria que alguien supiera/nada mas queria que alguien supiera""",
})
CONCEPT_GUARDS.update({
    "r52_near_death": "!laughing/of_laughter/of_embarrassment/from_embarrassment/of_shame/when_i_saw/de_risa/de_la_risa/de_verguenza",
    "r52_meant_to": "!be/go_to/go_back/get/have/do/call/pick/take/make/meet/see/start/finish/work/bring/come/pay/eat/sleep/"
                    "feed/pump/stay/leave/drive/fly/give/send/sign/book/schedule/attend/visit/check/ask/tell/hear/wait/rest",
    "r52_not_move": "!from/off/to/houses/house/out_of_bed/the_couch/my_car/the_car/in/from_the",
    "r52_drop_place": "!for_the_fireworks/for_fireworks/for_the_view/for_a_picnic/for_the_picnic/para_los_fuegos/para_el_picnic",
    "r52_no_future": "!working/as/at/doing/with_this/in_this/in_that/at_this/at_that/here_at/trabajando/como/en_este/en_esta",
    "r52_pray_done": "!with/con/in_time/so_i_can/before/early/soon_with",
    "r52_then_going": "!to/out/for/shopping/back/home/in/on/with/a/al/para/de/after/despues",
    "r52_getting_ready": "!for/to/para/a",
    "r52_plan_nightly": "!meals/dinner/the_menu/menu/for_the_kids/the_route/the_lunches/the_meals",
    "r52_meant_end": "!with/con/at/on/en",
    "r52_deep_me": "!to_swim/to_dive/to_soak/to_relax/to_float/to_stretch/to_do/to_stand/to_sit/to_fit/to_bathe/para_nadar/"
                   "para_relajarme/para_bucear",
    "r52_already_in": "!for/para",
    "r52_water": "!toys/toy/time/bomb/bombs/salts/party/mat/thermometer/seat",
})
CONCERN_ALONE += ["r52_wrong_survivor", "r52_no_future", "r52_grave_with", "r52_pray_done", "r52_heart_quit",
                  "r52_hid_hands", "r52_no_tomorrow", "r52_note_draft", "r52_both_stop",
                  "r52_marks_mine", "r52_know_bullets", "r52_flash_harm"]
CONCERN_PAIRS += ("r52_near_death r52_meant_to", "r52_if_hit r52_not_move", "r52_drop_place r52_not_view",
                  "r52_sign_over r52_probate", "r52_baby_blow r52_almost_did", "r52_work_drugs r52_not_meant",
                  "r52_getting_ready r52_giving_away", "r52_getting_ready given_away", "r52_getting_ready r51es_gave_mine",
                  "r52_giving_away r52_not_like", "r51es_gave_mine r52_not_like", "r52_get_through r52_you_will",
                  "r52_lucky_her r52_a_death", "r52_then_going r52_someone_baby", "r52_nails_into r52_until_open",
                  "r52_keep_there r52_while_choke", "r52_limp r52_no_flinch",
                  "r52_limp image_urge", "r52_deep_me r52_water", "r52_edge_holding r52_longer",
                  "r52_already_in means", "r52_plan_is r52_someone_know", "r52_waking r52_letdown")
SURE_TRIPLES += ("r52_meant_end", "r52_plan_nightly means", "r52_plan_nightly meds", "r52_plan_nightly method",
                 "r52_work_drugs r52_not_meant r52_wrong_survivor", "r52_both_stop baby r52_peaceful")
# told of another (a sister, a husband) or as a plan, these are reports to act on, never a story or a "practical" step
TOLD_OF = TOLD_OF | {"r52_grave_with", "r52_giving_away", "r52_not_like", "r52_sign_over", "r52_probate", "r52_marks_mine",
                     "r52_hid_hands", "r52_note_draft", "r52_work_drugs", "r52_then_going", "r52_meant_end"}
ARRANGEMENTS = ARRANGEMENTS | {"r52_sign_over", "r52_probate"}
# More of the same ideas from earlier batches' misses: the note written or kept being edited; a crash "with me inside" that
# "would fix everything"; a means spoken of again "I meant what I said about the bridge", "that's where I'd do it";
# the future pictured without oneself in it; a flood or the snow hoped to "take me"; each sleep hoped to be "it for me".
_extend({
    "r52_note_done": """wrote the note/wrote my note/i wrote the note/been writing the note/i have been writing the note/
        add a paragraph to the note/have the note written/the note written/just keep editing it/editing the note/
        editing my note/finished my letter to my kids/finished the letter to my kids/ya escribi la nota/
        ya escribi la carta/estoy escribiendo la nota/he estado escribiendo la carta""",
    "r52_crash_fix": """car crash would fix everything/crash would fix everything/car crash with me inside/
        car crash with me in it/me car crash would fix/bebe yo car crash/choque conmigo adentro""",
    "r52_meant_said": """i meant what i said about/meant what i said about/i was not kidding/i was not joking/
        was not kidding about/that is where i would do it/where i would do it/that is where i hide it/where i hide it/
        lo decia en serio/no estaba bromeando/ahi es donde lo haria/ahi es donde lo escondo""",
    "r52_picture_future": """when i picture next/when i imagine next/when i picture the future/when i picture christmas/
        when i think about next christmas/cuando imagino la proxima navidad/cuando me imagino el proximo""",
    "r52_not_in_it": """i am not in it/i am just not there/i am not there/i am just not in it/yo no estoy/no estoy yo""",
    "r52_take_me": """hoping it would take me/hoping it will take me/hoping it takes me/letting it take me/and let it take me/
        let it take me/hope it takes me/que me lleve/que me llevara/esperando que me llevara/dejar que me lleve""",
    "r52_woke_annoyed": """i am annoyed i woke up/annoyed i woke up/mad that i woke up/angry that i woke up/
        upset that i woke up/me enoja haber despertado/me molesta haber despertado""",
    "r52_hope_it_end": """kind of hope that is it for me/hope that is it for me/hoping that is it for me/hope this is it for me/
        something will happen to me so i can stop/ojala ya sea todo para mi/ojala sea lo ultimo para mi""",
})
CONCEPT_GUARDS.update({
    "r52_note_done": "!for/para/to_the/to_daycare/to_school/to_my_boss/to_work/about/asking/excusing/from_the/from_my/del/de_la",
    "r52_take_me": "!back/to/a/al/out/home/places/somewhere/away/away_from/far/forever_to/hours/a_while/all_day/long/less/more/an/"
                  "about/under/over/only/just/one/two/half/minutes/mas/menos/una/dos/media/"
                  # Spanish "que me lleve" is most often a ride: "le pido que me lleve temprano / a la cita / en el carro"
                  "temprano/tarde/en/con/de/por/manana/hoy/ahorita/luego/despues/primero/la/el/los/las/mi/su/casa/lejos",
    "r52_woke_annoyed": "!at/before/early/so/to/with/in/from/because/when/too/every/this/late/a/again/twice/on/for/after/"
                        "temprano/a_las/otra/tan",
})
CONCERN_ALONE += ["r52_note_done", "r52_crash_fix", "r52_take_me", "r52_hope_it_end", "r52_woke_annoyed"]
CONCERN_PAIRS += ("r52_meant_said means", "r52_meant_said r52_drop_place", "r52_picture_future r52_not_in_it")
TOLD_OF = TOLD_OF | {"r52_note_done", "r52_meant_said"}
TOLD_OF = TOLD_OF | {"r52_flash_harm", "r52_know_bullets"}  # "the 3 year old screaming", "mi tío's gun": no story
SOFTENER_VOID["others"] = SOFTENER_VOID["others"] | {"r52_know_bullets", "r52_grave_with", "r52_giving_away", "r52_not_like",
                                                     "r52_flash_harm"}
SOFTENER_VOID["story"] = SOFTENER_VOID["story"] | {"r52_flash_harm", "r52_know_bullets"}

# --- Round 52 (falarm52) -------------------------------------------------------------------------------------------
# Everyday wording that read as the sure tier (blind batch 54), lowered by idea; each crisis cousin keeps its tier
# (tests/test_round52_false_alarms.py).
# - "dead in the water" of a rig, a car or a plan: stuck, no death and no water;
_extend({"idiom": """dead in the water/im dead in the water/i am dead in the water/were dead in the water/
    we are dead in the water/its dead in the water/it is dead in the water/plan is dead in the water"""})

# - a chat cut off ("my phone is on 2% and about to die, so if I disappear mid-convo that's why"; the phone dying
#   is already read as a device) and a thing gone in the wash ("every single baby sock disappears in the dryer");
ENTRY_GUARDS["disappear*"] += "/mid_convo/mid_conversation/mid_chat/in_the_dryer/in_the_wash/in_the_washer/in_the_laundry"

# - thanks with feeling better told ("Gracias por todo today, me siento lighter honestly", "thank you for everything, I
#   feel so much better"): the time beside the thanks is the day she feels better, so the check-in at most; with a
#   session or the treatment named as the reason ("me siento muy diferente desde la segunda sesión"), a thank-you
#   after a visit. Never beside a decision, a plan, "now that", "porque ya" or "en paz" (calm after deciding);
_R52_BETTER = """me siento lighter/me siento mas ligera/me siento mas ligero/me siento mejor/me siento mucho mejor/
    me siento muy diferente/me siento diferente/me siento otra/me siento otra persona/me siento nueva/me siento bien/
    me siento muy bien/ya me siento mejor/ya me siento bien/i feel lighter/feeling lighter/i feel better/feeling better/
    i feel so much better/i feel much better/feel so much better/i feel like a different person/i feel different/
    i feel so different/feeling so much better/feeling like myself again/i feel like myself again/i feel like me again/
    me siento yo otra vez/me siento como yo otra vez"""
_extend({"r52_better": _R52_BETTER,
         "r52_better_since": """desde la sesion/desde la primera sesion/desde la segunda sesion/desde la tercera sesion/
    desde la infusion/desde la primera infusion/desde la segunda infusion/desde el tratamiento/desde que empece/
    desde que empece el tratamiento/since the session/since my session/since the first session/since the second session/
    since the third session/since the infusion/since my infusion/since the first infusion/since the second infusion/
    since the treatment/since starting treatment/since i started treatment/since i started"""})
_R52_NOT_CALM = ("!now_that/ahora_que/porque_ya/because_i/because_its/because_it/since_i_decided/now_i_know/"
                 "knowing/sabiendo/que_ya_decidi/ya_decidi/i_decided/en_paz/at_peace/with_my_decision/con_mi_decision/"
                 "about_my_decision/about_it/about_leaving/de_irme/about_going/about_tonight/por_fin/finally")
CONCEPT_GUARDS["r52_better"] = _R52_NOT_CALM
EXPLAINED_BY["time"] = EXPLAINED_BY.get("time", frozenset()) | {"r52_better"}
for _said in ("farewell", "bye"):
    EXPLAINED_BY[_said] = EXPLAINED_BY.get(_said, frozenset()) | {"r52_better_since"}
_R52_CALM_VOIDS = frozenset({"plan", "done_deal", "decided", "r50_wont_be", "absence", "dead", "death", "means",
                             "method", "access", "euphemism", "not_make_it", "forever", "note", "on_purpose"})
EXPLAIN_VOID["r52_better"] = EXPLAIN_VOID.get("r52_better", frozenset()) | _R52_CALM_VOIDS
EXPLAIN_VOID["r52_better_since"] = EXPLAIN_VOID.get("r52_better_since", frozenset()) | _R52_CALM_VOIDS
_CONTEXT = _CONTEXT | {"r52_better", "r52_better_since"}

# - a character of a show who died ("vi la novela y la protagonista se murió, lloré jaja", "the main character died in
#   the finale"): the death of a story, never beside a wish of the writer's own;
_extend({"r52_character_died": """la protagonista se murio/el protagonista se murio/se murio la protagonista/
    se murio el protagonista/mataron a la protagonista/mataron al protagonista/se murio el personaje/se murio mi personaje/
    murio la protagonista/murio el protagonista/the main character died/main character died/the main character dies/
    my favorite character died/my favorite character dies/they killed off/killed off my favorite/the character died/
    the lead died/the heroine died/the hero died"""})
EXPLAINED_BY["dead"] = EXPLAINED_BY.get("dead", frozenset()) | {"r52_character_died"}
EXPLAIN_VOID["r52_character_died"] = (_R52_CALM_VOIDS - {"dead", "death"}) | {"image_urge", "want_bad", "own_wish_die",
                                                                            "wish_dead", "hopeless"}
_CONTEXT = _CONTEXT | {"r52_character_died"}
# - both of us in need of a bath after a mess ("the baby's spit up was a killer. Both of us need a bath"): a mess, not
#   mother and baby together in the water;
_extend({"r52_mess_bath": """both of us need a bath/both of us needed a bath/we both need a bath/we both needed a bath/
    both need a bath/both of us need baths/both of us need a shower/we both need a shower/las dos necesitamos un bano/
    los dos necesitamos un bano/las dos nos tenemos que banar/los dos nos tenemos que banar"""})
for _said in ("with_me", "both_us", "tub_water"):
    EXPLAINED_BY[_said] = EXPLAINED_BY.get(_said, frozenset()) | {"r52_mess_bath"}
EXPLAIN_VOID["r52_mess_bath"] = _R52_CALM_VOIDS | {"image_urge", "want_bad", "wish_dead", "hopeless", "locked_in",
                                                   "drown", "under_water", "hold_under", "hold_to"}
_CONTEXT = _CONTEXT | {"r52_mess_bath"}
# - a grandparent remembered to the baby ("I make her tamales every Sunday and tell the baby about her"): a memory
#   shared, not a farewell told to the baby.
ENTRY_GUARDS["tell the baby"] = (ENTRY_GUARDS["tell the baby"] + "/" if "tell the baby" in ENTRY_GUARDS else "!") \
    + "about_her/about_him/about_them/stories"


# --- Round 53 (rec53es) -------------------------------------------------------------------------------------------------
# Spanish and Spanglish recall by idea, read with the rules alone (tests/test_round53_recall_es.py); safety.py also reads
# "ll" spelled "y" by ear ("atropeyara", "yevarme"). Sleep wished to keep one's eyes shut for good ("ojalá me durmiera y
# ya no abriera los ojos"), sure beside the wish or the sleep; a rope by its Mexican names ("el lazo", "un mecate")
# bought or held, sure, unless a party, a bow or a ranch explains it ("el lazo para la piñata"); one's jewellery or
# clothes left to someone beside "en paz con irme" (sure; the peace alone is the check-in); "ya no quiero nada"; "ya
# nada me detiene"; going back to a bridge or the tracks at night; a screening answer taken back "para que no me
# quitaran al bebé"; God asked to take one's life, or "yo también le pido lo mismo" after someone's such prayer;
# knowing which pills together; not trusting one's hands with the baby; "a donde yo vaya, él va" beside a death or
# a leaving; a day chosen and the house to oneself. Each everyday cousin stays quiet.
_extend({
    "r53es_eyes_shut": """no abriera los ojos/ya no abriera los ojos/no los abriera/ya no los abriera/no volviera a abrir los ojos/
        no volver a abrir los ojos/ya no abrir los ojos/no abrir los ojos nunca/nunca mas abrir los ojos/no abra los ojos nunca/
        ya no abra los ojos/no vuelva a abrir los ojos/ya no vuelva a abrir los ojos/ya no volver a abrir los ojos/
        cerrar los ojos para siempre/cerrara los ojos para siempre/cerrar los ojos y ya no abrirlos/ya no abrirlos nunca/
        no los vuelva a abrir/no los volviera a abrir/nunca mas los abriera/never open my eyes again/never opened my eyes again/
        not open my eyes again""",
    "r53es_sleep": """me durmiera/me dormiera/dormirme/me duerma/me quedara dormida/me quedara dormido/quedarme dormida/
        quedarme dormido/acostarme/me acostara/dormir/me duermo""",
    "r53es_rope": """lazo/el lazo/un lazo/mecate/el mecate/un mecate/la reata/una reata""",
    "r53es_rope_party": """pinata/la pinata/fiesta/cumpleanos/bautizo/boda/mono/monos/el pelo/el cabello/cabello/regalo/
        vaquero/charro/charreada/rodeo/caballo/caballos/vaca/vacas/becerro/ganado/rancho/tendedero/la ropa/columpio/
        para colgar la ropa/decoracion/adorno/arbol de navidad/manualidad/manualidades/escuela/disfraz/para la bebe/
        para el bebe/para mi hija/para la nina/de la bebe/de la nina/para su pelo/para mi pelo/diadema/trenza/trenzas""",
    "r53es_hang_spot": """en que viga/la viga/una viga/de la viga/en que rama/la rama/de la rama/del arbol/en el arbol/
        el ventilador del techo/del ventilador/en el closet/del barandal/en la regadera""",
    "r53es_left_mine": """le deje mis/les deje mis/le deje mi/les deje mi/ya le deje mis/ya les deje mis/le deje todas mis/
        les deje todas mis/le deje toda mi/les deje toda mi/reparti mis/ya reparti mis/reparti todas mis/ya reparti todo/
        le encargue mis/le herede mis/les herede mis/les deje mis cosas/le deje mis cosas/le deje mis prendas/le deje mis joyas""",
    "r53es_peace_going": """en paz con irme/en paz con partir/en paz con morirme/en paz con morir/en paz con la idea de irme/
        en paz con la idea de morir/en paz con la idea de morirme/en paz con dejar todo/en paz con mi decision/en paz para irme/
        en paz de irme/tranquila con irme/tranquilo con irme/ya me puedo ir en paz/me puedo ir en paz/me voy en paz/
        ya me voy en paz/me ire en paz/at peace with going/at peace with leaving/at peace with dying/at peace with my decision""",
    "r53es_want_nothing": """ya no quiero nada/no quiero ya nada/ya no quiero nada de nada/ya no quiero ni nada/ya nada quiero""",
    "r53es_nothing_holds": """ya nada me detiene/ahora nada me detiene/nada me detiene ya/ahora ya nada me detiene/
        ya no hay nada que me detenga/ya no tengo nada que me detenga/ya nada me retiene/ya nada me ata/ya nada me amarra/
        ya no hay nada que me retenga/ya no tengo nada que me retenga/ya no hay nada que me amarre aqui/nada me retiene aqui/
        nada me amarra aqui/nada me detiene aqui/ya nada me detiene aqui/nothing is stopping me now/nothing stopping me now/
        nothing is holding me back now/nothing holding me here/nothing keeping me here now""",
    "r53es_keep_going": """sigo yendo al/sigo yendo a las/sigo yendo a la/sigo llendo al/sigo llendo a las/sigo llendo a la/me sigo yendo al/voy seguido al/voy seguido a las/
        voy seguido a la/cada noche voy al/cada noche voy a las/cada noche voy a la/en las noches voy al/en la noche voy al/
        me voy al/me voy a las/me voy a la/me paro en el/me quedo parada en el/me quedo parado en el/me subo al/
        me la paso en el/me asomo del/me asomo al/i keep going to the/i keep going back to the/keep going to the""",
    "r53es_night": """en las noches/en la noche/de noche/cada noche/todas las noches/a media noche/a medianoche/
        por las noches/en la madrugada/de madrugada/at night/every night/late at night/sola/solo""",
    "r53es_place_reason": """a pescar/pescando/a correr/corriendo/a caminar con/a trabajar/al trabajo/a vender/vendiendo/
        a ver los fuegos/a tomar fotos/con mi esposo/con mi novio/con mis amigas/con mis amigos/con el perro/con los ninos/
        to fish/fishing/to run/running/to work/for work/with my husband/with the dog""",
    "r53es_took_back": """para que no me quitaran al bebe/para que no me quitaran a mi bebe/para que no me quitaran a la bebe/
        para que no me quitaran a mis hijos/para que no me quitaran a mi hija/para que no me quitaran a mi hijo/
        para que no me quiten al bebe/para que no me quiten a mi bebe/para que no me quiten a la bebe/
        para que no me quiten a mis hijos/pa que no me quitaran al bebe/pa que no me quiten al bebe/
        para que no me quitaran al baby/para que no me quiten al baby/para que no me quitaran a mi baby/
        para que no me quiten a mi baby/para que no me quitaran al nino/para que no me quitaran a la nina/
        para que no me quitaran a mis ninos/lied en el cuestionario/lied en la encuesta/
        menti en el cuestionario/menti en la encuesta/menti en la forma/menti en el formulario/menti en la pregunta/
        no fui honesta en el cuestionario/no fui honesta en la encuesta/no fui sincera en el cuestionario/
        no fui sincera en la encuesta/no conteste la verdad/no dije la verdad en el cuestionario/no dije la verdad en la encuesta/
        para que no llamaran a servicios sociales/para que no llamaran al dif/para que no llamen al dif/para que no llamaran a cps/
        so they would not take the baby/so they would not take my baby/so they do not take the baby/so they do not take my baby/
        so they wont take my baby/so they wont take the baby/so they wouldnt take my baby/so they wouldnt take the baby""",
    "r53es_ask_god": """le pido a dios/le pedi a dios/le pedia a dios/le ruego a dios/le rogue a dios/le rezo a dios/
        le pido a diosito/le pedi a diosito/le ruego a diosito/rezo para que/rezo por que/le pido al senor/le pedi al senor/
        le pido a la virgen/pido a dios/pido que dios/pedi que dios/i ask god/i asked god/i pray god""",
    "r53es_take_my_life": """que me quitara la vida/que me quite la vida/me quitara la vida/me quite la vida/
        que me llevara con el/que me lleve con el/que me lleve con ella/que me llevara con ella/que me lleve al cielo/
        que me llevara al cielo/que me recogiera/que me recoja ya/que ya me recoja/que me llevara ya/
        que me lleve ya/que ya me lleve/que me deje morir/que me dejara morir/to take my life/take my life""",
    "r53es_other_ask": """que le quitara la vida/le quitara la vida/que le quite la vida/pidio morir/pidio la muerte/
        pidio que le quitara/pidio que se lo llevara/pidio que la llevara/pidio que lo llevara/que se lo llevara/
        asking god to take his life/asking god to take her life/asked god to take his life/asked god to take her life/
        to take his life/to take her life""",
    "r53es_me_too_ask": """yo tambien le pido lo mismo/yo le pido lo mismo/yo tambien pido lo mismo/yo tambien le pido eso/
        yo tambien le he pedido lo mismo/yo le he pedido lo mismo/yo tambien he pedido lo mismo/yo tambien quiero lo mismo/
        yo tambien lo he pedido/yo tambien lo pido/yo pido lo mismo/yo tambien rezo lo mismo/yo tambien le rezo por eso/
        i ask for the same/i have asked for the same/i pray for the same/i have prayed for the same/i ask him the same""",
    "r53es_which_pills": """ya se cuales pastillas/ya se que pastillas/se cuales pastillas/ya se cuantas pastillas/
        ya se cuales medicinas/ya se que medicinas/ya investigue que pastillas/ya investigue cuales pastillas/
        ya busque que pastillas/ya busque cuales pastillas/ya se con que pastillas/ya se que mezclar/ya se cuales mezclar/
        ya se cuales juntar/ya se que juntar/ya se cuales combinar/ya se que combinar""",
    "r53es_together": """juntas/juntar/juntarlas/mezclar/mezclarlas/combinar/combinarlas/revolver/tomar juntas/
        tomarme juntas/todas juntas/con alcohol/con el alcohol/con tequila/con cerveza""",
    "r53es_distrust_hands": """no confio en mis manos/no confio en mis propias manos/no confio en mi misma/no confio en mi mismo/
        no me tengo confianza/no confio en lo que le pueda hacer/no confio en lo que pueda hacer/no confio en lo que le puedo hacer/
        no me confio sola con/no me confio con/no confio en quedarme sola con/no confio en estar sola con/
        i do not trust my hands/i do not trust myself around""",
    "r53es_where_i_go": """a donde yo vaya el va/a donde yo vaya ella va/a donde yo vaya va el/a donde yo vaya va ella/
        a donde vaya yo va el/a donde vaya yo va ella/donde yo vaya el va/donde yo vaya ella va/adonde yo vaya el va/
        adonde yo vaya ella va/a donde yo vaya se viene conmigo/a donde yo vaya se va conmigo/a donde yo vaya me lo llevo/
        a donde yo vaya me la llevo/a donde me vaya me lo llevo/a donde me vaya me la llevo/si yo me voy el se va conmigo/
        si yo me voy ella se va conmigo/si yo me voy el se viene conmigo/si yo me voy ella se viene conmigo/
        wherever i go he goes/wherever i go she goes/where i go he goes/where i go she goes""",
    "r53es_day_picked": """ya escogi el/ya escogi la fecha/ya escogi el dia/ya elegi el/ya elegi el dia/ya elegi la fecha/
        ya decidi el dia/ya decidi que dia/ya tengo el dia/ya tengo la fecha/ya escogi que dia/ya tengo fecha/
        ya escogi cuando/ya decidi cuando/escogi el domingo/escogi el sabado/escogi el viernes/escogi el lunes""",
    "r53es_house_alone": """voy a tener la casa sola/tendre la casa sola/voy a tener la casa para mi sola/voy a estar sola en la casa/
        voy a estar sola en casa/voy a estar solo en la casa/no va a haber nadie en la casa/no va a haber nadie en casa/
        no va a estar nadie/la casa va a estar sola/tengo la casa sola/voy a tener la casa para mi/
        todos se van a ir a/todos van a estar en/nadie va a estar en casa/nadie va a estar en la casa""",
})
_R53ES_CHORES = ("!para/pa/porque/y_voy_a_limpiar/y_voy_a_descansar/y_voy_a_dormir/para_limpiar/para_descansar/"
                 "y_por_fin_descansar/a_gusto/feliz/que_rico")
CONCEPT_GUARDS.update({
    "r53es_rope": "!para/pa/de/del/rosa/rosado/rojo/roja/blanco/blanca/azul/dorado/dorada/plateado/morado/negro/amarillo/verde/"
                  "bonito/bonita/grande/chiquito/pequeno/a_la/a_mi/a_su/al/a/que_nos/que_le/matrimonial/familiar/"
                  "con_flores/con_mi/con_su/afectivo/de_amor/entre",
    "r53es_left_mine": "!llaves/lentes/papeles/documentos/hijos/ninos/ninas/nino/nina/hijo/hija/bebe/perros/perro/gatos/gato/"
                       "plantas/carro/coche/numero/telefono/recados",
    "r53es_peace_going": "!de/del/a/al/a_la/a_vivir/para/con_mi/con_el/con_la/temprano/antes/hoy_del/de_aqui_a/de_viaje/"
                         "de_vacaciones/a_casa/to/on/for/home/back/from/a_otro/a_otra",
    "r53es_want_nothing": "!de/del/mas_de/con/para/en/que/hoy/de_comer/mas_gracias/gracias/mas_por/porque/pero",
    "r53es_nothing_holds": "!de/para/a/en/con/en_mis/voy_a_lograr/lograr/cumplir/mis_metas/mis_suenos/from/to/in/on",
    "r53es_keep_going": "!trabajo/doctor/medico/mercado/super/parque/gimnasio/cine/centro/mall/la_iglesia/la_escuela/la_clinica/"
                        "las_citas/la_cita/work/store/gym/park/church/school",
    "r53es_which_pills": "!me_toca/me_tocan/me_recetaron/me_dio_el_doctor/me_dio_la_doctora/tomar_en_la_manana/tomar_en_la_noche/"
                         "con_comida/puedo/se_pueden/son/eran",
    "r53es_together": "!en_la_manana/en_la_noche/con_comida/con_la_comida/con_el_desayuno/con_la_cena/que_me_recetaron/"
                      "para_la_presion/para_la_tiroides/como_dijo/como_me_dijo/segun",
    "r53es_distrust_hands": "!para_cortar/para_cortarle/al_cortarle/cortando/cuando_lo_bano/cuando_la_bano/al_banarlo/al_banarla/"
                            "para_banarlo/para_banarla/para_cocinar/en_la_cocina/con_las_tijeras/con_el_cortaunas/para_peinarla/"
                            "to_cut/cutting/to_trim/trimming/to_bathe/bathing/with_the_clippers/with_the_nail",
    "r53es_day_picked": "!para/pa/de_la/del/de/como/vestido/pastel/salon/nombre/color/menu/padrino/padrinos/madrina/"
                        "for/to/porque_es/porque_hay",
    "r53es_house_alone": _R53ES_CHORES,
    "r53es_night": "!de_brujas/buena/buenas/de_paz/mexicana/de_bodas/anterior/pasada",
})
EXPLAINED_BY["r53es_rope"] = EXPLAINED_BY.get("r53es_rope", frozenset()) | {"r53es_rope_party"}
EXPLAINED_BY["r53es_keep_going"] = EXPLAINED_BY.get("r53es_keep_going", frozenset()) | {"r53es_place_reason"}
EXPLAIN_VOID["r53es_rope_party"] = EXPLAIN_VOID.get("r53es_rope_party", frozenset()) | {
    "r53es_hang_spot", "death", "dead", "hopeless", "farewell", "absence", "image_urge"}
EXPLAIN_VOID["r53es_place_reason"] = EXPLAIN_VOID.get("r53es_place_reason", frozenset()) | {
    "death", "dead", "hopeless", "image_urge", "farewell", "absence"}
_CONTEXT = _CONTEXT | {"r53es_rope_party", "r53es_place_reason"}
CONCERN_ALONE += ["r53es_eyes_shut", "r53es_peace_going", "r53es_want_nothing", "r53es_nothing_holds", "r53es_took_back"]
CONCERN_PAIRS += ("r53es_rope r53es_hang_spot", "r53es_keep_going r52_drop_place r53es_night", "r53es_keep_going means r53es_night",
                  "r53es_which_pills r53es_together", "r53es_distrust_hands baby", "r53es_distrust_hands pron",
                  "r53es_day_picked r53es_house_alone", "r53es_other_ask r53es_me_too_ask")
SURE_TRIPLES += ("r53es_eyes_shut image_urge", "r53es_eyes_shut wish_word", "r53es_eyes_shut r53es_sleep",
                 "r53es_rope access", "r53es_rope r53es_hang_spot", "r53es_rope time", "r53es_rope plan", "r53es_rope death",
                 "r53es_left_mine r53es_peace_going", "r51es_gave_mine r53es_peace_going", "r47_gave_mine r53es_peace_going",
                 "given_away r53es_peace_going", "r53es_ask_god r53es_take_my_life", "r53es_other_ask r53es_me_too_ask",
                 "r53es_where_i_go death", "r53es_where_i_go absence", "r53es_where_i_go hopeless", "r53es_where_i_go plan",
                 "r53es_where_i_go farewell", "r53es_day_picked r53es_house_alone")
# told of a sister or a daughter, these are reports to act on, never a story
TOLD_OF = TOLD_OF | {"r53es_left_mine", "r53es_peace_going", "r53es_took_back"}
# An illness or one's death wished for in the subjunctive ("ojalá me diera un infarto", "no me molestaría que me diera
# cáncer", "ojalá me diera algo y me muriera"): sure; "ojalá me diera tiempo" and a fear ("miedo de que me muriera") stay quiet.
_extend({
    "r53es_welcome": """no me molestaria que/no me importaria que/me caeria bien que/seria un alivio que/seria un descanso que/
        que bueno seria que/no estaria mal que/no me enojaria que/no me quejaria si/bienvenido sea/ojala me diera/ojala me de/
        ojala me pegara/ojala me agarrara/ojala que me diera/ojala que me de/ojala y me diera/ojala y me de/ojala me diagnosticaran/quisiera que me diera/quiero que me de/me caeria bien""",
    "r53es_illness": """un infarto/un paro cardiaco/un paro respiratorio/un derrame/un derrame cerebral/cancer/un cancer/un aneurisma/
        un ataque al corazon/una enfermedad terminal/algo terminal/algo grave y me muriera/algo y me muriera/covid y me muriera""",
    "r53es_die_subj": """me muriera/me muriese/me llegara a morir/me fuera a morir/y me muriera/y ya me muriera""",
})
CONCEPT_GUARDS.update({"r53es_welcome": "!no/nunca/tiempo/chance/permiso/un_descanso/vacaciones/trabajo",
                       "r53es_illness": "!a_mi_papa/a_mi_mama/a_mi_suegra/a_mi_abuela/a_mi_abuelo/a_el/a_ella"})
SURE_TRIPLES += ("r53es_welcome r53es_illness", "r53es_die_subj image_urge", "r53es_die_subj wish_word",
                 "r53es_die_subj r53es_welcome")
SOFTENER_VOID["others"] = SOFTENER_VOID["others"] | {"r53es_left_mine", "r53es_peace_going", "r53es_took_back"}
SOFTENER_VOID["story"] = SOFTENER_VOID["story"] | {"r53es_left_mine", "r53es_peace_going"}
# Round 53 (falarm53): help given without the writer having to ask ("he took two night feeds in a row without me asking",
# "she did the dishes without me having to say a word"): no absence; "they'd be fine without me" and the rest still read.
# Review 53 (mend53): "having to ask / say / tell / remind" only, never "having to" alone ("he can raise her without me
# having to be here at all"); joined with _guard_joined as every other guard.
_guard_more(("without me",), "asking/having_to_ask/having_to_say/having_to_tell/having_to_remind/even_asking/telling_him/"
                             "telling_her/telling_them/reminding/nagging/prompting/saying_a_word/lifting_a_finger/"
                             "needing_to_ask/begging")


# --- Round 53 (rec53en) --------------------------------------------------------------------------------------------
# English recall by idea (blind batch 55's first-pass misses and older gaps), each a check-in with the rules alone
# (tests/test_round53_recall_en.py), each with its everyday cousin left quiet:
# - an illness or mishap welcomed or "would fix things" ("I'd welcome a heart attack", "a fall would fix a lot"), a
#   sickness let run ("if I got really sick I'd just let it happen"), a near death told and "that would have been fine";
# - a day picked with the house empty; thanks "for trying" with a goodbye; "if I don't show up, it's not your fault";
#   thanks "before I go" with no visit to come; "I swore I'd never get here again ... I'm here again"; "last time I
#   felt like this I woke up in the ER"; "after he's asleep I'm going to finish it"; meds "that would do it";
# - restricting or purging on purpose; a hair tie snapped till the skin splits; a lighter held to the skin; a hand
#   slammed in a door, habitually; a knife pictured "going into her"; not trusting one's hands around the baby;
#   letting the stroller roll in; "wherever I go, he goes"; raising the baby alone asked beside the gun safe key;
#   no plans "past the 20th"; "the only way the pain stops is if I stop"; air into a vein; the pillow got in anger;
#   sinking together; nothing stopping one now that the insurance is in place; "she won't remember my face".
_extend({
    "r53en_welcome": """i would welcome/i would honestly welcome/i would almost welcome/i would gladly welcome/
        would honestly welcome/i would happily welcome/i would kind of welcome/part of me would welcome""",
    "r53en_mishap": """a heart attack/heart attack/a stroke/an aneurysm/a fall/fall down the stairs/a fall down the stairs/
        a car crash/car crash/a wreck/a car accident/an accident/getting hit by a car/get hit by a car/got hit by a car/
        a fatal/cancer/a bad diagnosis/falling down the stairs/the stairs""",
    "r53en_would_fix": """would fix a lot of things/would fix a lot/would fix everything/would fix things/would solve a lot/
        would solve everything/would solve a lot of things/would be a relief/would be a mercy/would not be the worst thing/
        would not be so bad/would be kind of a relief/would make things easier/would take care of everything""",
    "r53en_if_sick": """if i got really sick/if i got sick/if i get sick/if i get really sick/if i got cancer/if i get cancer/
        if i got hurt/if something happened to me/if my heart stopped/if my heart stops/if i started bleeding/
        if i got really hurt""",
    "r53en_let_run": """i would just let it happen/just let it happen/i would let it happen/i would not go to the doctor/
        would not go to the doctor/i would not call anyone/would not call 911/i would not call 911/not fight it/
        i would not fight it/would not fight it/let it take its course/let it run its course/would not get it checked""",
    "r53en_near_lost": """almost lost me/nearly lost me/almost died/nearly died/i almost died/i nearly died/
        almost did not make it/nearly did not make it/i almost bled out/almost bled out/i coded/could have died/
        i could have died/they almost lost me/we almost lost you""",
    "r53en_fine_with": """that would have been fine/would have been fine/that would have been okay/would have been okay/
        that would have been ok/i would not have minded/would not have minded/i would be okay with that/
        i would be ok with that/i would be fine with that/i would be alright with that/i am okay with that/
        i was disappointed/part of me was disappointed/wish they had not/i wish they had not/should have let me go""",
    "r53en_never_back": """never came back from it/never come back from it/never came back/just never woke up/
        never wake up/never woke up/did not wake up/just did not wake up/not wake up""",
    "r53en_picked_day": """i picked sunday/i picked monday/i picked tuesday/i picked wednesday/i picked thursday/
        i picked friday/i picked saturday/picked the day/i picked the day/i chose the day/i have picked the day/
        picked a day/i picked a day/i chose sunday/i chose friday/i chose saturday/decided on sunday/decided on friday/
        decided on saturday/decided on the day""",
    "r53en_house_empty": """the house to myself/house to myself/have the place to myself/the place to myself/
        nobody will be home/no one will be home/everyone will be gone/everyone will be out/everyone is at church/
        everyone will be at church/everyone will be at/nobody will be around/no one will be around/
        when the house is empty/the house will be empty""",
    "r53en_thanks_trying": """thank you for trying/thanks for trying/thank you all for trying/thank you everyone for trying/
        for trying with me/thank you for trying with me/for trying so hard with me/thank you for not giving up on me""",
    "r53en_if_no_show": """if i do not show up/if i never show up/if i do not come in/if i am not there/if i do not make it in/
        if i stop showing up/if i miss thursday/if i do not come""",
    "r53en_not_your_fault": """it is not your fault/is not your fault/not your fault/you did what you could/
        you all did what you could/you did everything you could/you all did everything you could/nothing you could have done/
        nothing you could do/there was nothing you could do""",
    "r53en_no_visit": """you will not need to reschedule me/will not need to reschedule me/no need to reschedule me/
        do not reschedule me/do not bother rescheduling me/will not need my appointment/will not need my appt/
        will not need my session/will not need my spot/give my spot to someone/give it to someone who still has time/
        someone who still has time/will not need to book me""",
    "r53en_kind_to_me": """you were kind to me/you were always kind to me/you were so kind to me/
        she was always kind to me/he was always kind to me/she was kind to me/always kind to me/you were good to me/
        you were all so kind to me""",
    "r53en_before_go": """before i go/before i am gone/before i leave for good/before i leave/before i disappear""",
    "r53en_swore_never": """swore i would never get here again/i would never get here again/never get here again/
        never get back here/i would never get back here/never end up here again/never be here again/
        i would never feel like this again/never feel this way again/never get this bad again/swore after the hospital""",
    "r53en_here_again": """i am here again/im here again/i am back here/back here again/here again/i am back there/
        it is happening again/i am right back there/right back where i was""",
    "r53en_last_time": """last time i felt like this/the last time i felt like this/last time i felt this way/
        the last time i felt this way/last time it got this bad/the last time it got this bad/last time i was like this/
        the last time i was this low/last time i was this low""",
    "r53en_er_after": """woke up in the er/woke up in the hospital/ended up in the er/ended up in the hospital/
        woke up in the icu/ended up in the icu/charcoal/stomach pumped/had my stomach pumped/in the psych ward/
        on a psych hold/on a hold""",
    "r53en_coming_back": """it is coming back/coming back and i recognize it/i recognize it/i am feeling it again/
        feeling it again/it is back/i can feel it coming/i feel it coming again""",
    "r53en_others_asleep": """after he is asleep/once he is asleep/after she is asleep/once she is asleep/
        after everyone is asleep/once everyone is asleep/when everyone is asleep/after they are asleep/
        once they are asleep/after he falls asleep/once he falls asleep/after he goes to sleep/after the house is asleep/
        when he is asleep/when she is asleep""",
    "r53en_finish_it": """going to finish it/i am going to finish it/gonna finish it/i will finish it/finish it tonight/
        finish this tonight/finish it all/end it all tonight/i am finishing it/i will finish this""",
    "r53en_would_do_it": """would do it if i took them/would do it together/would do it if taken together/which would do it/
        would do it if i took/would do the job/would be enough together/would do it""",
    "r53en_figured_which": """figured out which of my/i figured out which/worked out which of my/figured out which ones/
        i know which of my/i know which ones would""",
    "r53en_no_rail": """no guardrail/no guard rail/without a guardrail/no railing/no barrier/the guardrail ends/
        where the guardrail ends/no guardrails""",
    "r53en_slow_look": """slowing down there/slow down there/been slowing down/i slow down/keep slowing down/looking at it/
        staring at it/i stare at it/pull over there/i pull over there/slowing down at/i keep looking at it""",
    "r53en_wont_blame": """so he will not blame himself/he will not blame himself/will not blame himself/
        so she will not blame herself/will not blame herself/so they will not blame themselves/
        will not blame themselves/not to blame himself/not to blame herself/so he does not blame himself/
        so she does not blame herself""",
    "r53en_note_start": """started writing the note/started the note/started my note/writing the note tonight/
        the note tonight/writing the note/leave a note that just says/a note that just says sorry/
        note that just says sorry/note that says sorry/a note that says i am sorry/leave a note that says""",
    "r53en_ed_act": """restricting on purpose/i am restricting again/restricting again/i am purging/purging again/
        i have been purging/been purging/made myself throw up again/making myself throw up again/
        throwing up on purpose/throw up on purpose/throwing up everything on purpose/
        not feeding myself/i am not feeding myself/starving myself/i am starving myself/skipping meals on purpose/
        stopped eating on purpose/barely eating on purpose/not eating on purpose""",
    "r53en_snap_band": """snapped a hair tie/snap a hair tie/snapping a hair tie/snapped the hair tie/snap the hair tie/
        snapping the hair tie/snap the rubber band/snapping a rubber band/snapped a rubber band/snap them till/
        snap them until/snap it till/snap it until""",
    "r53en_hot_thing": """a lighter/the lighter/lighter/a hot spoon/the hot spoon/a cigarette/the cigarette/a match/
        the curling iron/a curling iron/the straightener/a hot knife""",
    "r53en_held_skin": """hold it to my wrist/held it to my wrist/hold it to my skin/held it to my skin/hold it to my arm/
        held it to my arm/hold it against my wrist/held it against my wrist/press it to my wrist/pressed it to my wrist/
        press it to my skin/pressed it to my skin/hold it against my skin/held it against my skin/to my wrist/
        against my wrist/to my thigh""",
    "r53en_slam_hand": """i slam my hand in/slam my hand in the/i slam my fingers in/
        i have been slamming my hand/been slamming my hand/i slam my head against""",
    "r53en_into_them": """going into her/going into him/going into the baby/going into my son/going into my daughter/
        go into her/go into him/it going into her/it going into him/into her chest/into his chest/into her neck/
        into his neck/into her belly/into his belly""",
    "r53en_image": """had an image of/i had an image of/got an image of/getting an image of/keep getting an image of/
        i pictured it/pictured it/i picture it/picture it going/kept picturing/keep picturing/i pictured/pictured the/
        picturing the/picturing it/i keep seeing it/i saw it going""",
    "r53en_distrust_hands": """do not trust my hands around/do not trust my hands with/do not trust my hands/
        can not trust my hands/cannot trust my hands/do not trust myself around my/do not trust myself with my/
        do not trust myself around the baby/do not trust myself with the baby/can not trust myself with the baby/
        can not trust myself around/cannot trust myself around/cannot trust myself with the baby""",
    "r53en_alone_with": """do not want to be left alone with/do not want to be left by myself with/
        do not want to be alone with/scared to be by myself with/scared to be alone with/afraid to be alone with/
        afraid to be by myself with/terrified to be alone with/terrified to be home with/scared to be home with/
        afraid to be left alone with/scared to be left alone with/scared to bathe her by myself/
        scared to bathe him by myself/afraid to be alone w""",
    "r53en_let_roll": """watching it roll in/watch it roll in/let it roll in/letting it roll in/let it roll into/
        letting it roll into/let the stroller roll/letting the stroller roll/let the stroller go/letting the stroller go/
        roll into the pool/roll into the water/roll into the lake/roll into the canal/roll into traffic/
        rolling into the pool/rolling into traffic""",
    "r53en_pram": """stroller/the stroller/pram/the pram/the car seat/the bassinet/the pool/the canal/the lake""",
    "r53en_he_goes": """wherever i go he goes/wherever i go she goes/where i go he goes/where i go she goes/
        wherever i go the baby goes/wherever i go they go/if i go he goes/if i go she goes/if i go the baby goes/
        if i go they go/if i go he is coming with me/if i go she is coming with me""",
    "r53en_leave_behind": """i would never leave him behind/never leave him behind/never leave her behind/
        i would never leave her behind/will not leave him behind/will not leave her behind/not leaving him behind/
        not leaving her behind/i would not leave him behind/i would not leave her behind""",
    "r53en_raise_alone": """be okay raising the baby alone/okay raising the baby alone/raising the baby alone/
        raise the baby alone/raise him alone/raise her alone/raising him alone/raising her alone/be ok raising/
        be fine raising the baby/raise the baby without me/raise him without me/raise her without me/
        raising the baby without me""",
    "r53en_gun_key": """key to the gun safe/the gun safe key/gun safe key/where i keep the key to the gun/
        combination to the gun safe/code to the gun safe/combo to the gun safe/where the gun is kept/
        where i keep the gun/where the gun safe key is/where you keep the gun""",
    "r53en_no_past": """stopped planning anything past/not planning anything past/stopped planning anything after/
        not planning anything after/do not plan anything past/nothing planned past/stopped making plans past/
        stopped making plans after/not making plans past/no plans past/stopped planning past/stopped planning beyond/
        not planning anything beyond/no plans beyond""",
    "r53en_if_i_stop": """stops is if i stop/stop is if i stop/ends is if i end/ends is if i stop/stops when i stop/
        stop is when i stop/only way out is if i stop/only way it ends is if i end/only way it stops is if i stop/
        only way it stops is if i end/stops is if i am gone/stops is if i am not here""",
    "r53en_air_vein": """inject air/injecting air/air into my vein/air into the vein/air into a vein/air into my veins/
        push air into/pushing air into/air bubble into my/an air embolism/air embolism/air into my iv/air into the iv/
        air into my line""",
    "r53en_mad_baby": """mad at the baby/angry at the baby/so mad at the baby/furious at the baby/rage at the baby/
        mad at her/mad at him/so mad at her/so mad at him/angry at her/angry at him/so angry at the baby""",
    "r53en_got_pillow": """got the pillow/grabbed the pillow/got a pillow/grabbed a pillow/picked up the pillow/
        reached for the pillow/went for the pillow/held the pillow/pillow over her/pillow over his/pillow over the baby""",
    "r53en_sink_together": """we sink together/sink together/so we sink/so we both sink/drown together/we drown together/
        go under together/we go under together/so we go under""",
    "r53en_jacket_off": """life jacket off/life vest off/her life jacket off/his life jacket off/take off the life jacket/
        took off the life jacket/take off her life jacket/take off his life jacket/without the life jacket/
        without a life jacket/no life jacket""",
    "r53en_insured": """got life insurance/life insurance/the policy is active/policy kicks in/the life policy/
        the insurance is in place/insurance is set up/got the policy""",
    "r53en_nothing_stops": """nothing is stopping me now/nothing stopping me now/nothing is stopping me anymore/
        nothing to stop me now/nothing left to stop me/nothing is holding me back now/nothing holding me back now/
        nothing is holding me here/nothing is stopping me""",
    "r53en_not_remember": """will not even remember my face/will not remember my face/will not even remember me/
        will never remember me/would never remember me/is too young to remember me/old enough that he will not remember me/
        will not even know me/never even know me/will not remember her mom/will not remember his mom/
        will not remember her mother/would not even remember me""",
    "r53en_decided_day": """decided on the 1st/decided on the 2nd/decided on the 3rd/decided on the 4th/decided on the 5th/
        decided on the 6th/decided on the 7th/decided on the 8th/decided on the 9th/decided on the 10th/
        decided on the 11th/decided on the 12th/decided on the 13th/decided on the 14th/decided on the 15th/
        decided on the 16th/decided on the 17th/decided on the 18th/decided on the 19th/decided on the 20th/
        decided on the 21st/decided on the 22nd/decided on the 23rd/decided on the 24th/decided on the 25th/
        decided on the 26th/decided on the 27th/decided on the 28th/decided on the 29th/decided on the 30th/
        decided on the 31st/picked the 13th/picked the 14th/picked the 15th/picked the 20th""",
    "r53en_after_event": """after the baptism/after the christening/after her birthday/after his birthday/
        after the baby shower/after the holidays/after christmas/after the wedding/after the party/after thanksgiving/
        so at least that is done/at least that is done for her/at least that is done for him/that is done for her""",
    "r53en_hang_q": """pass out from hanging/to pass out from hanging/die from hanging/die by hanging/death by hanging/
        from hanging yourself/from hanging myself/by hanging yourself/long does hanging take/hanging take to work/
        does hanging hurt/is hanging painless/pass out from being hanged""",
})
CONCEPT_GUARDS.update({
    "r53en_mishap": "!risk/risks/screening/prevention/scare/survivor/survivors/awareness/month/walk/run/center/ward/of_the/of_a",
    "r53en_pram": "!for_sale/sale/recommendations/recommendation/brand/brands/rental/rentals/fan/cover/hours/pass/class",
    "r53en_picked_day": "!for/to/as/because/since/so_we/so_the/so_my/so_he/so_she/instead/over",
    "r53en_decided_day": "!for/to/as/because/since/so_we/so_the/instead/over/at/with",
    "r53en_slow_look": "!the_menu/the_menus/the_price/the_prices/the_bill/the_website/the_app/the_photos/the_pictures/the_scan",
    "r53en_not_remember": "!from/by/when/if/at/anyway_lol/this_trip/the_trip/the_party/the_visit/after_surgery/once",
    "r53en_he_goes": "!lol/haha/so_can/so_i/to_the/including/even_to",
    "r53en_finish_it": "!off/up/later/tomorrow/by/for/and_send/before_bed/before_the",
    "r53en_would_do_it": "!again/for/to/with/better/right/the_trick_for",
    "r53en_ed_act": "!the_closet/my_closet/old/clothes/toys/stuff/the_garage/dairy/gluten/sugar/caffeine/calories_for",
    "r53en_hot_thing": "!fluid/case/for_the_candles/for_candles/for_the_grill",
    "r53en_insured": "!for_the_baby/for_my_baby/questions/question/card/claim/for_the",
    "r53en_into_them": "!mouth/room/crib/car/school/daycare/the_room/the_crib/the_car/bed/the_bath/the_tub/surgery/labor/"
                       "the_nicu/her_mouth/his_mouth/a_nap/care/the_house/the_hospital/her_room/his_room/her_bottle/"
                       "his_bottle/the_bottle/her_arm/his_arm/the_vein/her_vein/his_vein/detail/details/foster/the_world",
    "r53en_image": "!of_the_ultrasound/of_the_scan/of_the_baby_smiling/on_the_screen/on_my_phone",
})
# each alone is the gentle check-in (plain enough in its own words)
CONCERN_ALONE += ["r53en_no_past", "r53en_if_i_stop", "r53en_air_vein", "r53en_sink_together", "r53en_not_remember",
                  "r53en_hang_q", "r53en_ed_act", "r53en_snap_band", "r53en_slam_hand", "r53en_distrust_hands",
                  "r53en_swore_never", "r53en_wont_blame", "r53en_gun_key"]
# each pair is the gentle check-in
CONCERN_PAIRS += ("r53en_welcome r53en_mishap", "r53en_mishap r53en_would_fix", "r53en_if_sick r53en_let_run",
                  "r53en_near_lost r53en_fine_with", "r53en_never_back r53en_fine_with", "r53en_picked_day r53en_house_empty",
                  "r53en_thanks_trying bye", "r53en_thanks_trying farewell", "r53en_thanks_trying r53en_not_your_fault",
                  "r53en_if_no_show r53en_not_your_fault", "r53en_no_visit r53en_kind_to_me", "r53en_no_visit r53en_before_go",
                  "r53en_no_visit bye", "r53en_no_visit farewell", "r53en_last_time r53en_er_after",
                  "r53en_last_time r53en_coming_back", "r53en_others_asleep r53en_finish_it", "r53en_would_do_it meds",
                  "r53en_figured_which meds", "r53en_no_rail r53en_slow_look", "r53en_note_start r53en_wont_blame",
                  "r53en_note_start question", "r53en_hot_thing r53en_held_skin", "r53en_into_them image_urge",
                  "r53en_into_them r53en_image", "r53en_alone_with baby", "r53en_let_roll image_urge",
                  "r53en_let_roll r53en_image", "r53en_let_roll r53en_pram", "r53en_he_goes r53en_leave_behind",
                  "r53en_raise_alone r53en_gun_key", "r53en_raise_alone means", "r53en_mad_baby r53en_got_pillow",
                  "r53en_got_pillow baby", "r53en_jacket_off r53en_sink_together", "r53en_jacket_off both_us",
                  "r53en_insured r53en_nothing_stops", "r53en_decided_day r53en_after_event", "r53en_hang_q question")
# told of another ("she asked where I keep the key", "my wife said she'd just let it happen"): reports to act on
TOLD_OF = TOLD_OF | {"r53en_gun_key", "r53en_raise_alone", "r53en_let_run", "r53en_distrust_hands", "r53en_alone_with",
                     "r53en_hang_q"}

# a chore or a hospital stay beside them explains nothing ("carrying laundry down the stairs I think a fall would fix a
# lot of things", "last time I felt like this I woke up in the ER"); a death at work beside "lucky her" is no story
SOFTENER_VOID["softener"] = SOFTENER_VOID.get("softener", frozenset()) | {"r53en_would_fix", "r53en_er_after",
                                                                         "r53en_welcome", "r53en_fine_with", "r53en_into_them"}
SOFTENER_VOID["story"] = SOFTENER_VOID.get("story", frozenset()) | {"r52_lucky_her"}
_extend({"r53en_sorry_note": """a note that just says sorry/note that just says sorry/a note that says sorry/
    note that says sorry/a note that says i am sorry/a note that just says i am sorry/note saying i am sorry/
    a note that only says sorry"""})
_extend({"r53en_thanks_trying": "for trying"})
CONCEPT_GUARDS["r53en_thanks_trying"] = "!to/out/on/new/the/it/again/this/that/a/an/my/our/your/so/something/different/harder"
CONCERN_ALONE += ["r53en_sorry_note"]

# More of the same ideas from older batches' misses: a quick illness hoped for ("maybe a stroke or an aneurysm,
# something quick", "easier if I had cancer", "part of me wants the scan to come back bad"); an empty house "that's
# when"; breath held until one blacks out; going "makes sense", no reason "to stick around"; an attempt that "wasn't
# enough" and trying again; hands on the baby's neck or nose, a knife "used on him", the car driven with the baby into
# the lake, the wheel turned into a truck, "if we both just went together", "one of us would stop breathing"; being at
# peace with going, not being in her life "at all"; the pills moved to the nightstand; the baby given away "and then
# I'll be done"; the amount that "kills someone", a mix that stops one breathing, feeling nothing "if you take enough",
# the most painless way.
_extend({
    "r53en_welcome": """it would be easier if i had/would be easier if i had/would be easier if i got/i wish i had/
        i hope i get/hope i get/part of me wants the/part of me hopes/part of me wants it to be/wish it was/
        i hope it is/hoping it is""",
    "r53en_would_fix": """something quick/would not have to be the one to choose/would not have to choose/
        would have an excuse/an excuse to go/come back bad/comes back bad""",
    "r53en_thats_when": """that is when/that will be when/that is the day/that will be the day/then is when""",
    "r53en_black_out": """hold my breath until i almost black out/hold my breath until i black out/
        hold my breath till i black out/hold my breath until i pass out/hold my breath till i pass out/
        hold my breath until i almost pass out/choke myself until i black out/until i almost black out/
        till i almost black out""",
    "r53en_sense_go": """makes sense for me to go/makes sense for me to just go/makes more sense for me to go/
        makes sense for me to leave for good/more sense for me to be gone/makes sense for me to not be here""",
    "r53en_stick_around": """why i should stick around/why should i stick around/no reason to stick around/
        no reason for me to stick around/see why i should stick around/not see the point of sticking around/
        point in sticking around""",
    "r53en_tried_when": """i tried last month/i tried last week/i tried last year/i tried before/i tried once before/
        i already tried once/i tried in/tried last month/the last time i tried/when i tried before""",
    "r53en_try_again": """trying again with something that works/try again with something that works/something that works/
        something that will work/trying again/try again/do it right next time/get it right next time/
        were not enough/was not enough""",
    "r53en_neck_nose": """squeeze his little neck/squeeze her little neck/squeeze his neck/squeeze her neck/
        squeezing his neck/squeezing her neck/hands around his neck/hands around her neck/holding her nose shut/
        holding his nose shut/hold her nose shut/hold his nose shut/pinch her nose shut/pinch his nose shut/
        pinching her nose/pinching his nose/cover her mouth and nose/cover his mouth and nose/covering her mouth and nose/
        covering his mouth and nose""",
    "r53en_use_on": """using it on him/using it on her/use it on him/use it on her/using it on the baby/use it on the baby/
        myself using it on/see myself using it""",
    "r53en_drive_in": """drive the car with the baby into/with the baby into the lake/with the baby into the water/
        with the baby into the river/with the baby into the canal/drive into the lake/drive into the water/
        drive into the river/drive into the canal/drive into the ocean/drive the car into the lake/
        drive the car into the river/drive the car into the canal/drive us into the/drive us off the""",
    "r53en_swerve": """turning the wheel into one/turn the wheel into one/turning the wheel into/turn the wheel into/
        jerk the wheel into/jerking the wheel into/swerve into a truck/swerve into one/swerving into a truck/
        swerve into oncoming/swerving into oncoming/into oncoming traffic/into the big trucks/into a semi""",
    "r53en_went_together": """if we both just went together/if we both went together/we both just went together/
        both just went together/if we both just went/we both just go together/if we went together her and me/
        if we went together him and me""",
    "r53en_one_of_us": """one of us would just stop breathing/one of us would stop breathing/wish one of us would just stop/
        wish one of us would stop/wish one of us would die/one of us would just die""",
    "r53en_peace_going": """making my peace with going/made my peace with going/making peace with going/
        at peace with going/making my peace with leaving/made my peace with leaving/made peace with going""",
    "r53en_not_in_life": """for me to not be in her life at all/for me to not be in his life at all/
        not be in her life at all/not be in his life at all/not be in their lives at all/not to be in her life at all/
        not to be in his life at all/not by leaving by ending""",
    "r53en_pills_bedside": """moved all the pills to my nightstand/moved all my pills to my nightstand/
        moved all the pills to my bedside/moved all the pills to my drawer/moved all the pills to my room/
        all the pills in my nightstand/put all the pills in my nightstand/moved all the pills next to my bed""",
    "r53en_give_baby": """giving the baby to my sister/giving the baby to my mom/giving the baby to my/give the baby to my/
        giving him to my sister/giving her to my sister/giving him to my mom/giving her to my mom/
        leaving the baby with my sister/leaving the baby with my mom/dropping the baby off with""",
    "r53en_then_done": """and then i will be done/then i will be done/and then i am done/then i am done/then i can be done/
        and then i can be done""",
    "r53en_kills_someone": """actually kills someone/that kills someone/would kill someone/kills a person/would kill a person/
        amount that kills/amount that actually kills/enough to kill someone/enough to kill a person/that would kill someone/
        actually kill someone""",
    "r53en_stop_breath": """would you just stop breathing/would u just stop breathing/would i just stop breathing/
        would you stop breathing/would i stop breathing/make you stop breathing/make me stop breathing/
        stop someone's breathing/stop someones breathing/stop someone from breathing/slows your breathing/
        slow your breathing/slow my breathing/stop my breathing/stop your breathing""",
    "r53en_no_feel": """feel anything if you take enough/feel it if you take enough/feel anything if i take enough/
        feel it if i take enough/do not feel it if you take/can not feel anything if you take/
        do not feel anything if you take/feel nothing if you take enough""",
    "r53en_car_asleep": """fall asleep in a running car/asleep in a running car/running car in a closed garage/
        car running in a closed garage/car running in the garage with the door closed/in a running car in the garage""",
    "r53en_painless": """the most painless way/most painless way/lists painless ways/painless ways/the least painful way/
        least painful way/most painless method/least painful method""",
})
CONCEPT_GUARDS.update({
    "r53en_welcome": "!not/nothing/just/only/fine/ok/okay/benign/negative/clear/normal",
    "r53en_thats_when": "!my/the/i/we/she/he/they/our/your/it/you/her/his/a",
    "r53en_sense_go": "!to/at/with/first/in/back/home/there/ahead/now_to/instead/early/later/tomorrow",
    "r53en_stick_around": "!for/at/after/to/until/til/till/while/here_for/in",
    "r53en_tried_when": "!to/calling/booking/the/a/that/it_but/your/online/emailing",
    "r53en_went_together": "!to/for/on/in/at/shopping/and_got/out/home/back",
    "r53en_peace_going": "!to/back/home/on/in/back_to/out",
    "r53en_then_done": "!with/for/by/at/packing/moving/cleaning/until/til/till/unpacking",
    "r53en_painless": "!to/for/of_getting/of_removing/of_weaning/of_taking_out/with/of_doing_the/of_pulling",
})
CONCERN_ALONE += ["r53en_black_out", "r53en_sense_go", "r53en_stick_around", "r53en_neck_nose", "r53en_drive_in",
                  "r53en_swerve", "r53en_went_together", "r53en_one_of_us", "r53en_peace_going", "r53en_not_in_life",
                  "r53en_pills_bedside", "r53en_car_asleep", "r53en_painless"]
CONCERN_PAIRS += ("r53en_house_empty r53en_thats_when", "r53en_picked_day r53en_thats_when",
                  "r53en_tried_when r53en_try_again", "r53en_use_on means", "r53en_give_baby r53en_then_done",
                  "r53en_kills_someone meds", "r53en_kills_someone question", "r53en_stop_breath meds",
                  "r53en_no_feel meds", "r53en_kind_to_me bye")
TOLD_OF = TOLD_OF | {"r53en_drive_in", "r53en_went_together", "r53en_peace_going", "r53en_painless"}

# "asking for a character / a book" beside the most painless way is the disguise, not a story
SOFTENER_VOID["media"] = SOFTENER_VOID.get("media", frozenset()) | {"r53en_painless", "r53en_hang_q"}


# --- Round 54 (rec54es) --------------------------------------------------------------------------------------------
# Spanish and Spanglish recall by idea, with the rules alone (tests/test_round54_recall_es.py):
# - more pills got or kept "so it is the last time" ("kiero tener suficientes pa q sea la ultima vez"): enough of a
#   medicine and the last time together are the sure tier; either beside a medicine is the check-in;
# - the children calmer "si yo ya no estuviera"; a crash on the way "no fue accidente"; not going back home after the
#   baby is left at daycare; "vengan por mi bebé" beside not bearing to be in the room with him; telling a lost child
#   "pronto voy a estar con él" and meaning it; lying down by a grave "y quedarme ahí"; "ya busqué y con 20 alcanza";
#   the highest place in town that one cannot stop thinking of; punishing oneself by not eating: each the check-in.
_extend({
    "r54es_enough": """tener suficientes/juntar suficientes/conseguir suficientes/tener las suficientes/juntar las suficientes/
        suficientes pastillas/suficientes pastillas para/las suficientes para/suficiente para que sea/juntar bastantes/
        tener bastantes/conseguir bastantes/juntar muchas/enough pills/tener enough/juntar enough""",
    "r54es_last_once": """para que sea la ultima vez/para que ya sea la ultima vez/que sea la ultima vez/
        para que esta vez sea la ultima/para que esta vez si funcione/para que ahora si funcione/
        para que ahora si sea la ultima/so it is the last time/para que sea la ultima""",
    "r54es_more_meds": """conseguir mas/juntar mas/comprar mas/sacar mas/como consigo mas/donde consigo mas/
        sin receta/sin formula/sin prescripcion""",
    "r54es_if_gone": """si yo ya no estuviera/si ya no estuviera/si yo no estuviera/si ya no existiera/si yo ya no existiera/
        si yo no existiera/si me fuera para siempre/si yo faltara/si yo ya faltara/sin mi estarian""",
    "r54es_calmer": """estarian mas tranquilos/estarian mas tranquilas/estarian tranquilos/estarian mejor/vivirian mejor/
        vivirian mas tranquilos/estarian en paz/serian mas felices/estarian mas felices/estaria mas tranquilo/
        estaria mas tranquila/estaria mejor/seria mas feliz/descansarian/ya no sufririan""",
    "r54es_no_return": """no pienso regresar/no voy a regresar/no pienso volver/no voy a volver/ya no voy a regresar/
        ya no pienso regresar/no me pienso regresar/no pienso llegar/no voy a llegar a la casa/no regreso a la casa""",
    "r54es_care_drop": """dejarlo en la guarderia/dejarla en la guarderia/dejar al bebe en la guarderia/lo deje en la guarderia/
        la deje en la guarderia/dejarlo con mi mama/dejarla con mi mama/dejarlo con mi suegra/dejarla con mi suegra/
        dejar al bebe con/dejarlo con la ninera/dejarla con la ninera/lo deje con mi mama/la deje con mi mama""",
    "r54es_come_get": """vengan por mi bebe/vengan por el bebe/vengan por la nina/vengan por el nino/vengan por mi nina/
        vengan por mi nino/vengan por mi hijo/vengan por mi hija/que alguien venga por el bebe/que alguien venga por mi bebe/
        llevense al bebe/llevense a mi bebe/que alguien se lleve al bebe/que se lleven al bebe/come get my baby/come get the baby""",
    "r54es_same_room": """no puedo estar en el mismo cuarto con el/no puedo estar en el mismo cuarto con ella/
        no puedo estar en el mismo cuarto/no puedo estar cerca de el/no puedo estar cerca de ella/no me puedo acercar a el/
        no me puedo acercar a ella/no puedo ni verlo/no puedo ni verla/no lo puedo ni ver/no la puedo ni ver/
        no me puedo quedar con el/no me puedo quedar con ella/can not be in the same room/can not be in the same room with him/
        can not be in the same room with her/can not be near him/can not be near her/can not be around him/can not be around her""",
    "r54es_stay_there": """y quedarme ahi/y quedarme alli/quedarme ahi para siempre/y ya no levantarme/y no levantarme/
        y no volver a levantarme/y quedarme con el/y quedarme con ella""",
    "r54es_suffices": """con 10 alcanza/con 15 alcanza/con 20 alcanza/con 25 alcanza/con 30 alcanza/con 40 alcanza/
        con 50 alcanza/con 60 alcanza/con 10 basta/con 15 basta/con 20 basta/con 30 basta/con 40 basta/con 50 basta/
        con 20 es suficiente/con 30 es suficiente/con 20 son suficientes/con 30 son suficientes/con esas alcanza/
        con esas basta/con eso alcanza/con eso basta/con esas es suficiente/con esas son suficientes/alcanza con 20/
        alcanza con 30/basta con 20/basta con 30""",
    "r54es_looked_up": """ya busque/ya lo busque/ya investigue/ya lo investigue/busque en google/lo busque en google/
        ya lo vi en google/ya me fije/ya lo averigue/ya averigue/ya lo calcule/ya saque la cuenta""",
    "r54es_high_place": """el lugar mas alto/el punto mas alto/el edificio mas alto/el puente mas alto/el piso mas alto/
        la parte mas alta/el cerro mas alto/la azotea mas alta/el lugar mas alto del pueblo/el edificio mas alto del pueblo""",
    "r54es_cant_stop": """no dejo de pensar en/no paro de pensar en/no puedo dejar de pensar en/sigo pensando en/
        no se me quita de la cabeza/pienso todo el tiempo en/no se me sale de la cabeza/siempre pienso en/
        pienso y pienso en/no dejo de imaginar""",
    "r54es_starve_self": """castigando sin comer/castigandome sin comer/castigarme sin comer/me castigo sin comer/
        me castigo no comiendo/me castigo dejando de comer/castigandome no comiendo/castigarme no comiendo/
        me estoy castigando sin comer/me estoy castigando con no comer/castigarme con no comer/me castigo con hambre/
        me estoy matando de hambre/matarme de hambre""",
})
CONCEPT_GUARDS.update({
    "r54es_enough": "!dinero/lana/feria/leche/panales/ropa/tiempo/para_el_bebe/para_la_bebe/para_el_mes/para_el_viaje/"
                    "para_la_semana/money/diapers/milk",
    "r54es_last_once": "!que_me_enfermo/que_me_enfermo/que_vengo/que_voy/que_pago/que_me_pasa_esto/que_le_pasa/que_lo_veo/"
                       "que_la_veo/que_hago/que_se_enferma/que_tengo_que",
    "r54es_calmer": "!con/en/si_me/si_le/si_tuvieramos/si_tuviera/si_pudiera/si_hubiera/si_fueramos/si_vamos/si_nos/"
                    "en_la/con_su/con_mi",
    "r54es_no_return": "!a_ese/a_esa/a_ese_trabajo/a_la_escuela/a_trabajar/al_trabajo/a_esa_clinica/a_ese_doctor/a_ese_lugar/"
                       "con_el/con_ella/con_ese/con_esa/a_la_tienda/al_super/a_la_iglesia/tarde/temprano/hasta/antes",
    "r54es_same_room": "!porque_tengo/por_el_covid/por_la_gripa/por_la_gripe/que_tengo/estoy_enferma/estoy_enfermo/"
                       "para_no_contagiar/para_no_contagiarlo/para_no_contagiarla/con_mi_suegra/con_mi_esposo/con_mi_marido/"
                       "con_mi_ex/con_mi_cunada/con_mi_mama/with_my/as_my/as_him/as_her/right_now_lol",
    "r54es_stay_there": "!a_dormir/un_rato/a_descansar/a_comer/hasta/toda_la_tarde/el_fin/unos_dias/una_semana/con_mi_mama/"
                        "con_mi_hermana/con_mi_suegra",
    "r54es_suffices": "!dolares/pesos/bucks/dolar/para_el/para_la/para_los/para_las/para_pagar/para_comprar/de_leche/"
                      "onzas/minutos/min",
    "r54es_high_place": "!para_la_foto/para_tomar/para_ver/para_las_fotos/para_el_picnic/para_el_paseo/de_la_feria",
})
CONCERN_ALONE += ["r54es_starve_self"]
CONCERN_PAIRS += ("r54es_enough meds", "r54es_last_once meds", "r54es_last_once r54es_more_meds", "r54es_enough r54es_more_meds",
                  "r54es_if_gone r54es_calmer", "r54es_if_gone r46_mulling", "r54es_if_gone r54es_cant_stop",
                  "r49_wreck not_accident", "r54es_no_return r54es_care_drop", "r54es_no_return put_down",
                  "r54es_come_get r54es_same_room", "r54es_same_room baby", "r54es_come_get r54es_same_room baby",
                  "r49_join_soon meant_it", "r49_join_soon serious", "r49_lie_down grave_ctx", "r54es_stay_there grave_ctx",
                  "r54es_looked_up r54es_suffices", "research r54es_suffices", "r54es_suffices meds",
                  "r54es_high_place r54es_cant_stop", "r54es_high_place image_urge", "height_sup r54es_cant_stop",
                  "r50_punish_body r54es_starve_self")
# enough pills got so that "it is the last time": a plan with its means, the sure tier
SURE_TRIPLES += ("r54es_enough r54es_last_once meds", "r54es_enough r54es_last_once r54es_more_meds")
TOLD_OF = TOLD_OF | {"r54es_if_gone", "r54es_come_get", "r54es_starve_self"}
# more wordings of the same ideas: a crash "no va a ser accidente"; the baby left with grandma "y no pienso volver"; "pronto
# voy a estar contigo, mi angelito" meant; "con esas pastillas alcanza"; the room shared with the baby avoided for a
# cold or covid is explained, and a job or a tiredness after "si yo no estuviera" is no absence of one's own
_extend({
    "r54es_crash_if": """si choco/si me estrello/si me estampo/si me salgo de la carretera/si me voy de la carretera/si me volteo/
        si tengo un accidente/si me pasa algo en la carretera/si me pasa algo manejando/si choco el carro/if i crash""",
    "r54es_no_accident": """no va a ser accidente/no va a ser un accidente/no seria accidente/no seria un accidente/
        no sera accidente/no sera un accidente/no fue accidente/no fue un accidente/no es accidente/no es un accidente/
        no va a ser sin querer/no fue sin querer/not an accident""",
    "r54es_care_drop": """la dejo con mi suegra/lo dejo con mi suegra/la dejo con mi mama/lo dejo con mi mama/lo dejo en la guarderia/
        la dejo en la guarderia/los dejo en la guarderia/los dejo con mi mama/despues de dejarlos/cuando los deje/
        dejar a la bebe en la guarderia""",
    "r54es_serious": """lo digo en serio/lo dije en serio/hablo en serio/lo decia en serio/va en serio/lo digo de verdad/
        lo dije de verdad/no es broma/no estoy bromeando""",
    "r54es_join_you": """pronto voy a estar contigo/pronto estare contigo/ya pronto voy a estar contigo/pronto me voy contigo/
        ya me voy contigo/pronto nos vamos a ver en el cielo/pronto voy a estar con ustedes en el cielo/pronto me reuno contigo/
        ya voy a estar contigo/pronto estare con ustedes""",
    "r54es_angel": """mi angelito/angelito/mi angel/mi bebe en el cielo/mi hijo en el cielo/mi hija en el cielo/en el cielo/
        que perdi/que se me murio/que falleció/que fallecio""",
    "r54es_suffices": """con esas pastillas alcanza/con esas pastillas basta/con esas pastillas es suficiente/con estas pastillas alcanza/
        con las que tengo alcanza/con las que tengo basta/con las que tengo es suficiente/con esas ya alcanza/con eso ya alcanza""",
    "r54es_contagion": """tengo covid/tengo gripa/tengo gripe/estoy enferma/estoy enfermo/tengo fiebre/para no contagiarlo/
        para no contagiarla/para no contagiar/me dio covid/me dio gripa/estoy resfriada/tengo tos""",
})
CONCEPT_GUARDS.update({
    "r54es_if_gone": "!trabajando/tan/enferma/enfermo/cansada/cansado/embarazada/casada/casado/en_ese/en_esa/en_este/en_esta/"
                     "en_el_trabajo/en_la_escuela/con_el/con_ella/de_viaje/aqui_en/ocupada/ocupado",
    "r54es_join_you": "!el/la/en_la_fiesta/en_la_casa/en_texas/en_mexico/en_el_aeropuerto/el_domingo/el_sabado/manana/"
                      "mi_amor_en/en_cuanto/cuando_llegue",
    "r54es_angel": "!de_la_guarda/guardian/de_mi_vida",
    "r54es_crash_if": "!el_carro_de/la_camioneta_de/el_carro_nuevo/me_mata/me_regana",
})
EXPLAINED_BY["r54es_same_room"] = EXPLAINED_BY.get("r54es_same_room", frozenset()) | {"r54es_contagion"}
CONCERN_PAIRS += ("r54es_crash_if r54es_no_accident", "r54es_crash_if not_accident", "r49_wreck r54es_no_accident",
                  "r54es_join_you r54es_serious", "r54es_join_you r54es_angel", "r54es_join_you grave_ctx",
                  "r49_join_soon r54es_serious")
# "sin fórmula" is a prescription in Mexican Spanish, not the baby's milk: no softener beside the last time planned
SOFTENER_VOID["softener"] = SOFTENER_VOID.get("softener", frozenset()) | {"r54es_last_once"}

# --- Round 54 (rec54en) --------------------------------------------------------------------------------------------
# English recall by idea (blind batch 56's first-pass misses and older gaps of the same kind), each a check-in with the
# rules alone (tests/test_round54_recall_en.py), each with its everyday cousin left quiet:
# - a vehicle aimed at something, a road picked "so the truck goes off the side", "nobody would question it, people
#   crash all the time"; "don't call it an accident"; not planning on driving home after the drop-off;
# - a screening item about self-harm answered "often"; "a nice last memory for everyone"; not coming home one day and
#   everyone "would adjust"; where the papers are told beside it; a truck drifting into one's lane let happen; never
#   getting up again "would be a gift"; it "all worked out" for when he takes the baby; looking over the side of a
#   bridge every time; a note "where he'll find it after"; "someone come get my baby, I can't be in the same room";
#   "I've got it planned" beside "if anything happens to me" or kept from the family; out of the way permanently;
#   lying down by a grave, "started thinking about how"; "I'd be with him soon and I meant it"; drugs that "would be
#   quiet and fast", "haven't taken anything home yet"; "the worst part is I want him to come with me"; "20 of them
#   should be enough"; the highest point in town kept in mind; not eating to punish herself; googling "painless",
#   "you can guess the rest".
# - sure: thoughts of hurting "only myself" after harm to the children is denied.
_extend({
    "r54en_aim": """aiming the truck at/aim the truck at/aimed the truck at/aiming the car at/aim the car at/aimed the car at/
        aiming my car at/aim my car at/aiming my truck at/aim my truck at/keep aiming for/keep aiming at/
        steering into the/steer into the/steer the car into/steer the truck into/pointing the car at/point the car at""",
    "r54en_target": """culvert/a culvert/the culvert/the railing/railing/bridge railing/the pillar/a pillar/the abutment/
        a tree/the tree/a pole/the pole/the median/a wall/the wall/a semi/the semi/oncoming/the ditch/a ditch/the canal/
        the embankment/an overpass/the overpass/the barrier/a bridge/the bridge""",
    "r54en_off_side": """so the truck would go off/so the car would go off/so the truck goes off/so the car goes off/
        so i would go off the/so i go off the/truck would go off the side/car would go off the side/go off the side/
        goes off the side/would go off the road/go over the edge/would go over the edge/go off the cliff""",
    "r54en_which_road": """which road i would take/which road to take/planning which road/which curve/which turn i would take/
        which overpass/which bridge i would/planning which way/which stretch of road""",
    "r54en_no_question": """nobody would question it/no one would question it/nobody would even question it/
        would anybody even question it/would anyone even question it/would anyone question it/would anybody question it/
        nobody would think twice/no one would think twice/nobody would suspect/no one would suspect/no one would know/
        nobody would know the difference/nobody would ever know""",
    "r54en_crash_common": """people crash all the time/crash all the time/wrecks happen all the time/accidents happen all the time/
        people wreck all the time/people die on that road all the time/crashed on the/crash on the/a guy crashed/
        happens all the time out here""",
    "r54en_not_accident": """do not call it an accident/dont call it an accident/do not let them call it an accident/
        do not let anyone call it an accident/it will not be an accident/it would not be an accident/will not be an accident/
        would not be an accident/it was not going to be an accident/not going to be an accident/will not have been an accident""",
    "r54en_not_drive_home": """not planning on driving home/not planning to drive home/not planning on coming home/
        not planning to come home/not planning on going home/not planning to go home/not planning on making it home/
        not planning on coming back/not planning to come back/am not driving home after/not driving back after/
        not planning on being on that flight/not planning on being there""",
    "r54en_drop_off": """after i drop him/after i drop her/after i drop the baby/after i drop off the baby/after i drop them/
        once i drop him/once i drop her/once i drop the baby/after drop off/after daycare drop off/after i drop the kids/
        once i drop the kids/after i leave him at/after i leave her at""",
    "r54en_screen_item": """item 10/item ten/question 10/question ten/number 10 on/q10/item 9 on the phq/the last item/
        the last question on the epds/the self harm question/the self harm item/the harming myself question""",
    "r54en_screen_often": """answered often/answered quite often/answered yes/answered sometimes/answered yes quite often/
        marked often/marked quite often/marked yes/marked sometimes/circled often/circled yes/circled sometimes/
        put often/put quite often/put yes/put sometimes/checked often/checked yes/ticked often/ticked yes/
        said often/said quite often/scored it 3/scored 3 on it/gave it a 3/answered 3/marked 3/circled 3/put 3""",
    "r54en_last_memory": """would be a nice last memory/would be a good last memory/a nice last memory/a good last memory/
        nice last memory for/good last memory for/last memory for everyone/last memory for them/the last memory they have of me/
        last memory of me/be a nice last memory/be a good last memory/a nice last day for everyone/a good last day for everyone/
        would be a nice last day/would be a good last day/nice way for them to remember me/good way for them to remember me""",
    "r54en_not_home": """if i just did not come home/if i did not come home one/if i never came home/if i just never came home/
        if one day i did not come home/if i just did not come back/if i did not come home from/if i just never came back/
        if i did not come home someday/if i just disappeared one/if i did not make it home one""",
    "r54en_adjust": """everyone would adjust/they would adjust/would adjust/everyone would get used to it/would get used to it/
        they would get over it/everyone would get over it/would be over it/would manage without/would cope/everyone would cope/
        would not even notice/would barely notice/everyone would be fine/they would all be fine""",
    "r54en_told_where": """told her where the/told him where the/told my sister where the/told my mom where the/
        showed her where the/showed him where the/already told her where/already told him where/wrote down where the/
        wrote down where his/wrote down where her/explaining where the/where the policy papers are/where the papers are/
        where the birth certificate is/where the will is/where the insurance papers are""",
    "r54en_papers": """birth certificate/the birth certificate/the will/my will/the policy papers/policy papers/insurance papers/
        life insurance papers/the insurance policy/the deed/the passwords/my passwords/the important papers/social security card""",
    "r54en_if_hit": """if a semi drifted/if a truck drifted/if a car drifted/drifted into my lane/drifts into my lane/
        came into my lane/comes into my lane/swerved into my lane/swerves into my lane/if a car hit me/if a truck hit me/
        if a semi hit me/if someone hit me/if someone ran a red/if a car ran the light/if the plane went down/
        if the car went off the road/if i got in a wreck/if i got into a wreck/if i wrecked""",
    "r54en_gift": """would be a gift/would honestly be a gift/would be such a gift/that would be a gift/be a gift honestly/
        would be a blessing/would honestly be a blessing/would be a kindness/would be a mercy honestly/would be a small mercy/
        would be a relief honestly/would be peaceful/would be so peaceful""",
    "r54en_never_up": """never got up again/never get up again/just never got up/just never get up/never woke up again/
        never wake up again/did not wake up again/did not get up again/never have to get up again/never open my eyes again/
        never opened my eyes again/just stopped breathing/stop breathing in my sleep/stopped breathing in my sleep""",
    "r54en_worked_out": """i have it all worked out/have it all worked out/got it all worked out/i have got it all worked out/
        it is all worked out/all worked out for/i have it worked out for/have it worked out for/i have it planned for/
        have it all planned for/i have it all figured out for/all figured out for/i have been planning which day/
        planning which day i would/planned out for when""",
    "r54en_when_away": """when he takes the baby/when he takes the kids/when she takes the baby/when she takes the kids/
        when he has the kids/when he has the baby/when my husband has the kids/when my husband has the baby/
        when my husband takes the baby/when he takes them/when they are at his moms/when the baby is at/
        when my mom leaves/when her husband is on/when her husband is away/when he is on his work trip/when he is deployed/
        while he has the baby/while he has the kids/while he takes the baby""",
    "r54en_over_side": """look over the side/looking over the side/looked over the side/look over the edge/looking over the edge/
        looked over the edge/look over the railing/looking over the railing/looked over the railing/look over the rail/
        looking down over the/look down over the/stare over the side/staring over the side/stare over the edge/
        staring over the edge/look down at the water/looking down at the water""",
    "r54en_every_time": """every single time/every time now/every single time now/each time now/every day now/
        every morning now/slow down every/i slow down every/keep slowing down/i slow down/slowing down every""",
    "r54en_find_after": """where he will find it after/where she will find it after/where they will find it after/
        he will find it after/she will find it after/they will find it after/hel find it after/shel find it after/
        where hel find it/where shel find it/theyl find it after/theyll find it after/they will find them after/so they find them after/so they find it after/
        so he finds it after/so she finds it after/for him to find after/for her to find after/for them to find after/
        find it afterwards/find them afterwards/whoever opens it after me/opens it after me/finds it after me/
        find it after i am/find them after i am""",
    "r54en_take_baby": """someone come get my baby/someone come get the baby/somebody come get my baby/somebody come get the baby/
        come get my baby/come take my baby/come take the baby/someone take my baby/someone take the baby/
        someone just take the baby/someone please take the baby/take the baby away from me/get the baby away from me/
        take him away from me/take her away from me/get him away from me/get her away from me""",
    "r54en_same_room": """can not be in the same room as him/can not be in the same room as her/cannot be in the same room as him/
        cannot be in the same room as her/can not be in the same room with him/can not be in the same room with her/
        can not be in the same room as the baby/can not be near him right now/can not be near her right now/
        can not be around him right now/can not be around her right now/can not be around the baby/cannot be around the baby/
        can not be near the baby/should not be near the baby/should not be around the baby""",
    "r54en_if_anything": """if anything happens to me/if anything happened to me/if anything were to happen to me/
        if something were to happen to me/in case anything happens/in case something happens/if i am not around/
        should stay with family/should stay with my/should go to my sister/should go to my mom/to keep him if/to keep her if""",
    "r54en_got_planned": """i have got it planned/i have it planned/got it planned/it is all planned/i have got it all planned/
        i have it all planned/i have it planned out/have got it planned/i have been planning/something is going to happen/
        i think something is going to happen/it is planned out/she has it planned out/he has it planned out/
        has it planned out for""",
    "r54en_kept_quiet": """did not tell her/did not tell him/did not tell them/have not told anyone/have not told her/
        have not told him/have not told my/not told anyone/nobody knows/no one knows/made me promise not to tell/
        did not correct/she does not know/he does not know/wife does not know""",
    "r54en_away_perm": """get out of the way permanently/get out of the way for good/got out of the way for good/
        me out of the way for good/me out of the way permanently/myself out of the way/get out of their way for good/
        out of everyone s way for good/out of everyones way for good/me out of the picture permanently/
        get out of the picture for good/leaving permanently/leave permanently/go away permanently/going away for good/
        go away for good/permanently dipped/dipped permanently/gone permanently/away permanently/disappear permanently/
        disappear for good/vanish for good""",
    "r54en_grave": """his grave/her grave/their grave/the grave/my son s grave/my sons grave/my daughter s grave/my daughters grave/
        the cemetery/cemetery/her urn/his urn/the urn/headstone/his headstone/her headstone/the plot next to""",
    "r54en_lie_stay": """lie down next to it/lie down next to him/lie down next to her/lie down beside it/lie down on it/
        lie down there/lie down on his grave/lie down on her grave/stay there with him/stay there with her/
        just stay there/lying down there and staying/lie there and stay/my ashes mixed with/ashes mixed with hers/
        ashes mixed with his/be buried with him/be buried with her/buried next to him/buried next to her""",
    "r54en_think_how": """started thinking about how/i have started thinking about how/been thinking about how/
        i have looked at how/looked at how/been looking up how/started planning how/started looking into how/
        thinking about how to join/planning how to join""",
    "r54en_with_soon": """i would be with him soon/i will be with him soon/be with him soon/be with her soon/
        i would be with her soon/i will be with her soon/be with you soon/i will join him soon/i will join her soon/
        join him soon/join her soon/mommy is coming soon/mama is coming soon/mom is coming soon/daddy is coming soon/
        i am coming soon/see you soon my angel/see you soon baby/coming to be with you/join my first daughter/
        join my first son/join my son/join my daughter/join my baby/be with my baby/be with my son/be with my daughter""",
    "r54en_meant_it": """and i meant it/i meant it/i really meant it/was not being poetic/i was not being poetic/
        not being dramatic/i was not joking/i was not kidding/not soon someday/not someday soon/not someday""",
    "r54en_loss": """twin loss/loss mom/my angel/angel baby/stillborn/stillbirth/lost one twin/lost my son/lost my daughter/
        lost the baby/his grave/her grave/her urn/his urn/memory box/her footprints/his footprints/the anniversary/
        my first daughter/my first son""",
    "r54en_quiet_fast": """would be quiet and fast/quiet and fast/fast and quiet/quick and quiet/quiet and quick/
        would be quick and quiet/would be fastest/which vial would be fastest/which vial/which drug would be/
        which drugs would be/which drugs from/fastest and quietest/quietest and fastest/would be the quietest""",
    "r54en_drugs": """drugs/the drugs/pyxis/the pyxis/propofol/fentanyl/potassium/the potassium/the med cart/the drug cabinet/
        narcotics/controlled substances/vial/vials/the vials/succinylcholine/sux/versed/midazolam/hydrocodone/
        discharge samples/pushes/saline""",
    "r54en_not_yet": """have not taken anything home yet/have not taken any home yet/not taken anything home yet/
        have not taken anything home/have not taken anything yet/have not taken any yet/not taken anything. yet/
        i did not take anything but/did not take anything but/thought about it too long/have not done anything yet/
        not for pain/not for the pain/it is not for the pain""",
    "r54en_worst_part": """the worst part is/worst part is/the scariest part is/scariest part is/what scares me most is/
        the worst thing is/the part that scares me is/what scares me is""",
    "r54en_come_with": """i want him to come with me/want him to come with me/i want her to come with me/want her to come with me/
        want the baby to come with me/want them to come with me/want to take him with me/want to take her with me/
        want to take the baby with me/take him with me/take her with me/take the baby with me/if i took her with me/
        if i took him with me/both be together if/he goes i go with him/she goes i go with her/if he goes i go/
        if she goes i go""",
    "r54en_enough_n": """of them should be enough/of them would be enough/of them will be enough/of them is enough/
        of those should be enough/of those would be enough/of these should be enough/of these would be enough/
        of them would do it/of them should do it/of them will do it/of those would do it/of these would do it/
        of the 10mg it would take/of the 5mg it would take/of them it would take/should be plenty/would be plenty""",
    "r54en_looked_up": """i looked it up/looked it up/i looked up/i googled it/googled it/i checked online/
        i read online/according to google/been googling/googling""",
    "r54en_high_point": """the highest point in town/highest point in town/the highest point in/highest point around/
        the tallest building in town/tallest building in town/the tallest building around/the highest bridge/
        highest bridge in/the tallest bridge/tallest bridge in/the highest spot/highest spot in town/the top of the dam/
        the highest floor/the top floor of/the highest overlook/the highest place""",
    "r54en_keep_thinking": """keep thinking about/i keep thinking about/keep thinking of/can not stop thinking about/
        cannot stop thinking about/been thinking about/i think about/thinking a lot about/keeps coming back to/
        my mind keeps going to/my brain keeps going to/keep going back to/i keep driving to/keep driving up to/
        keep ending up at/i drive up to""",
    "r54en_punish": """punishing herself/punish herself/to punish herself/punishing myself/punish myself/to punish myself/
        punishing himself/punish himself/as punishment/as a punishment/to punish my body/punishing my body""",
    "r54en_not_eat": """not eating/is not eating/not eating at all/stopped eating/refuses to eat/refusing to eat/will not eat/
        barely eating/has not eaten/have not eaten/starving herself/starving myself/skipping meals/not eating anything/
        down 20 lbs/lost 20 lbs/down 20 pounds/lost 20 pounds""",
    "r54en_painless_search": """googling painless/googled painless/searching painless/searched painless/looking up painless/
        looked up painless/search for painless/googling quick/googling fast ways/googling ways/searching ways/
        looked up ways/looking up ways/reading reviews of which methods/which methods are least/least messy/
        most peaceful way/peaceful ways""",
    "r54en_guess_rest": """you can guess the rest/can guess the rest/guess the rest of the search/guess the rest of it/
        you can guess what i searched/you can guess what i was searching/i will let you guess the rest/
        you can imagine the rest/you know the rest/you can figure out the rest/fill in the rest""",
    "r54en_harm_kids_no": """no thoughts of hurting my kids/no thoughts of hurting the baby/no thoughts of hurting my baby/
        no thoughts of hurting my son/no thoughts of hurting my daughter/no thoughts of hurting them/
        no thoughts of hurting anyone/no thoughts of harming my kids/no thoughts of harming the baby/
        no thoughts of harming my baby/no thoughts of harming anyone/never thoughts of hurting my kids/
        never thought about hurting my kids/never thought of hurting the baby/never thought about hurting the baby/
        not thoughts of hurting my kids/not of hurting my kids/not of hurting the baby/not of hurting the kids/
        no urges to hurt my kids/no urges to hurt the baby/i would never hurt my kids/i would never hurt the baby/
        i would never hurt my baby/never hurt my kids/never hurt the baby""",
    "r54en_only_self": """only myself/just myself/only me/only of myself/only about myself/only hurting myself/
        just hurting myself/only of hurting myself/only to myself/only to me/just me/but myself/just of myself/
        anyone but me/anybody but me/anyone except me/anybody except me/no one except me/except myself/other than myself/
        anyone other than me/anybody other than me""",
})
CONCEPT_GUARDS.update({
    "r54en_aim": "!the_charger/a_charger/the_parking/a_parking/the_spot/the_garage_door/the_space/the_driveway/the_car_wash",
    "r54en_crash_common": "!course/couch/sofa/bed/floor/at",
    "r54en_not_drive_home": "!because/since/my/he/she/they/we/the/uber/lyft/tonight_my/so/until/til/till/yet/for/alone",
    "r54en_screen_item": "!on_the_quiz/of_the_quiz/on_my_homework/of_my_homework/on_the_test/of_the_test",
    "r54en_last_memory": "!of_grandma/of_my_grandma/of_my_grandpa/of_grandpa/of_my_mom/of_my_dad",
    "r54en_not_home": "!the_dog/who/would_the_dog/by/before/at/until/til/till/for_dinner/for_lunch/in_time",
    "r54en_told_where": "!passport/passport_office/dmv/office/clinic/appointment/restroom/bathroom/parking/lot",
    "r54en_papers": "!for_the_passport/for_passport/for_the_appointment/for_her_passport/for_his_passport/for_the_dmv/"
                    "for_the_daycare/for_daycare/for_the_school/for_school/for_the_pediatrician/for_the_insurance/for_the_new/"
                    "for_the_id/is_for_the/are_for_the/is_for/are_for",
    "r54en_worked_out": "!the_party/party/the_shower/the_birthday/the_bbq/the_dinner/the_trip/the_move/the_schedule/"
                        "the_plans/childcare/the_babysitter/the_daycare/the_menu/the_food",
    "r54en_find_after": "!work/school/lunch/dinner/class/his_shift/her_shift/the_shift/the_game/practice/church/"
                        "the_party/the_appointment/his_nap/her_nap/the_nap/bath/the_bath/breakfast/bedtime/he_wakes/she_wakes/"
                        "after_work/after_school/after_his/after_her/after_the/after_lunch/after_dinner/after_class/"
                        "after_practice/after_church/when_he/when_she/tonight/tomorrow/later/in_the_morning",
    "r54en_take_baby": "!from/at/to/for/so_i_can_shower/so_i_can_sleep/so_i_can_nap/so_i_can_eat/so_i_can_pee/"
                       "for_a_few/for_an_hour/for_the/off/out/while/when/home/in/into/after/before/to_the",
    "r54en_got_planned": "!for_the/for_his/for_her/for_our/for_my/for_a/the_party/a_trip/a_party/to_go/to_visit/"
                         "our/my/a_surprise/the_surprise/with/to",
    "r54en_away_perm": "!from_social/from_facebook/from_instagram/from_the_internet/from_sugar/from_caffeine/from_alcohol/"
                       "to_florida/to_texas/to_college/to_another/for_college",
    "r54en_with_soon": "!at/after/when/in/on/for/to_the/tonight_at/tomorrow/by/from_work/once_i",
    "r54en_meant_it": "!as_a_joke/as_a/in_a_good_way/in_a/nicely/kindly",
    "r54en_drugs": "!test/tests/testing/screen/screening/store/stores/rep/reps/interaction/interactions/allergy",
    "r54en_come_with": "!to/on/for/when/because/into/in/at/shopping/so/tomorrow/next/this/and_see/and_meet/on_the/"
                       "and_he/and_she/but/and_they/if_he/if_she/and_help/and_pick",
    "r54en_enough_n": "!for/to/per/each/until/till/til/with/at/in/on/of_the_party",
    "r54en_high_point": "!has/is/for/with/on_the_map/to_watch/to_see/and_the_view",
    "r54en_only_self": "!to_blame/to_thank/and_my_husband/and_the_baby/and_my_kids/and_him/and_her/and/time/child/kid/"
                       "one/way/person/thing/problem/option/"
                       # (mend54) an everyday state or errand goes on after it ("...just me being tired", "...only me
                       # here tonight with her"): no harm meant to oneself
                       "being/feeling/getting/needing/wanting/having/doing/trying/taking/looking/going/tired/exhausted/"
                       "overwhelmed/stressed/anxious/sad/here/at_home/home/alone/with/who/that/in/on/at/and_the/sitting/standing/"
                       "lying/walking/moving/eating/sleeping/coming/leaving/holding/picking/putting/"
                       "so/too/as/is/was/am/im/i_am",
})
_extend({
    "r54en_finder": """for whoever finds you/for whoever finds me/whoever finds me/whoever finds you/the ones who find me/
        the one who finds me/being the ones who find me/who finds me/who finds the body/whoever has to find me""",
    "r54en_go_with": """if he goes i go with him/if she goes i go with her/if he dies i go with him/if she dies i go with her/
        if he goes i am going with him/if she goes i am going with her/if the baby goes i go/if he does not make it i go/
        if she does not make it i go/if he dies i go too/if she dies i go too/if he dies i am going too/
        if she dies i am going too""",
    "r54en_not_literal": """and i do not mean i am staying/i do not mean i am staying/i do not mean moving/not like move out/
        not like moving out/i do not mean that kind of/not that kind of leaving/i do not mean a trip/not a vacation/
        not on a trip/i do not mean staying behind/and i do not mean/not literally moving/not like a move""",
})
# more of the same ideas from older batches: an act hidden in "how to do it" beside being found; a letter "the sub
# will find" if something happens; lying down out there "it would be quiet"; "that's when" after someone leaves; sleep
# made permanent; "don't need it where I'm going"; nothing left for others to deal with "after"; "I've been planning,
# that's all I'll say"; "going to do something tonight"; the worst meds to take at once; staying asleep on purpose;
# pins in the fingertips, wrists banged; "bleeding, did it myself"; the only loose end; a heart-stopping dose; what
# else to push; resuscitation refused.
_extend({
    "r54en_think_how": "thinking about how to do it/planning how to do it/figuring out how to do it/how to do it without",
    "r54en_finder": "the kids being the ones who find me/the kids find me/my kids finding me/my husband finding me",
    "r54en_will_find": """the sub will find it/will find the letter/will find the note/they will find the letter/
        they will find the note/someone will find it/he will find the letter/she will find the letter""",
    "r54en_if_anything": "if something happens/if anything happens",
    "r54en_gift": "it would be quiet/it would be so quiet/would be quiet there",
    "r54en_when_away": """when my mom goes home/when everyones at church/when everyone is at church/
        when everyone is at work/when everyones at work/when he goes back to work/when he leaves for work""",
    "r54en_sleep_perm": """go to sleep and have it be permanent/sleep and have it be permanent/fall asleep and have it be over/
        sleep and have it be over/fall asleep and have it be permanent/go to sleep permanently/fall asleep permanently/
        sleep permanently/sleep and make it permanent/a sleep that is permanent/not sleep sleep/the other kind of sleep""",
    "r54en_where_going": """do not need it where i am going/dont need it where im going/do not need them where i am going/
        will not need it where i am going/will not need them where i am going/wont need it where im going/
        need it where i am going/need them where i am going/where i am going i will not need""",
    "r54en_after_me": """will not have to deal with bills after/have to deal with the bills after/
        will not have to deal with anything after/nobody has to figure it out later/no one has to figure it out later/
        so nobody has to figure it out/so no one has to figure it out/will not have to figure anything out after/
        have to deal with bills after""",
    "r54en_all_say": "that is all i will say/that is all i am going to say/thats all ill say/i will leave it at that/that is all i will say about it",
    "r54en_do_something": """going to do something tonight/i am going to do something tonight/i might do something tonight/
        i will do something tonight/gonna do something tonight/do something stupid tonight/going to do something stupid/
        i might do something stupid""",
    "r54en_worst_take": """would be the worst to take/worst to take all at once/which would be worst to take/
        the worst to take together/which of my meds would be the worst/which of my pills would be the worst""",
    "r54en_stay_asleep": """to see if i would just stay asleep/see if i would just stay asleep/see if i would stay asleep/
        see if i would not wake up/hoping i would just stay asleep/so i would just stay asleep/hoping i would not wake up""",
    "r54en_pins": """sticking pins in my/stick pins in my/stuck pins in my/pins in my fingertips/needles in my fingertips/
        sticking needles in my/stick needles in my/bang my wrists/banging my wrists/banged my wrists/bang my wrist on/
        hit my wrists on/hitting my wrists on/smash my wrists/slam my wrists""",
    "r54en_did_self": "did it myself/did it to myself/i did this to myself/i did it to myself/did this myself",
    "r54en_bleeding": "bleeding/still bleeding/it is bleeding/i am bleeding/blood everywhere",
    "r54en_loose_end": """i am the only loose end/the only loose end/only loose end left/i am the last loose end/
        the last loose end/im the only loose end""",
    "r54en_stop_heart": """would just stop your heart/would stop your heart/would stop my heart/stop someone s heart/
        stop someones heart/to stop a heart/would just stop my heart/stop a heart""",
    "r54en_dose": "a dose of/dose of/how much/how many/ketamine/potassium/insulin/digoxin",
    "r54en_push": "what else i could push/what i could push/what else to push/what else i could inject/what i could inject",
    "r54en_dnr": """not signing the resuscitation/not going to sign the resuscitation/not signing the dnr/
        i am not signing the resuscitation/refusing resuscitation/do not want to be resuscitated/
        do not resuscitate me/hope the surgery goes wrong/hope surgery goes wrong/hope the surgery next month goes wrong/
        hope i do not wake up from surgery/hope i do not wake up from the surgery""",
})
CONCEPT_GUARDS.update({
    "r54en_after_me": "!the/the_baby/the_birth/the_surgery/i/we/my/delivery/birth/surgery/maternity",
    "r54en_stay_asleep": "!through/through_the/all_night/longer/past/til/until/till/for/in",
    "r54en_do_something": "!fun/nice/special/for/with/about_it/about",
})
CONCERN_ALONE += ["r54en_sleep_perm", "r54en_where_going", "r54en_after_me", "r54en_do_something", "r54en_worst_take",
                  "r54en_stay_asleep", "r54en_pins", "r54en_loose_end", "r54en_dnr"]
CONCERN_PAIRS += ("r54en_think_how r54en_finder", "r54en_finder r54en_keep_thinking", "r54en_think_how forever",
                  "r54en_will_find r54en_if_anything", "r54en_lie_stay r54en_gift", "r54en_when_away r53en_thats_when",
                  "r54en_got_planned r54en_all_say", "r54en_did_self r54en_bleeding", "r54en_stop_heart r54en_dose",
                  "r54en_stop_heart meds", "r54en_push r54en_drugs")
# and a few more: removing oneself "is the one useful thing"; "I mean alive"; "a matter of when, not if, for me"; not
# wanting to get up "ever"; the pool looked at "not for him, for me"; going "ahead early"; "not going to have a next
# anything"; drifting off never to return "so peaceful"; everyone over it and happier; rope bought without saying why;
# the song for one's own funeral; out of the picture beside custody.
_extend({
    "r54en_remove_self": """removing myself is/removing myself would be/removing myself is the/remove myself is the/
        removing myself from everyone s life/removing myself from everyones life/removing myself permanently""",
    "r54en_mean_alive": """i mean alive/i mean as in alive/i mean not alive/i mean living/as in not alive/i mean not living/
        not here as in alive""",
    "r54en_when_not_if": "a matter of when not if for me/matter of when not if for me/when not if for me",
    "r54en_up_ever": """do not want to get up ever/dont want to get up ever/never want to get up again/
        do not want to get up again ever/do not ever want to get up again/never want to get off this floor""",
    "r54en_for_me": "not for him for me/not for her for me/not for the baby for me/not for them for me",
    "r54en_go_ahead": """if i went ahead early/if i go ahead early/if i just went ahead early/if i went on ahead/
        went ahead early/go on ahead of them/if i just went on ahead""",
    "r54en_no_next": """not going to have a next anything/not having a next anything/there will not be a next anything/
        will not be a next anything/no next anything""",
    "r54en_never_up": """drift off and never return/drift off and never come back/drift away and never return/
        drift away and never come back/drift off and not come back""",
    "r54en_happier": """then they would be happier/they would be happier/everyone would be happier/they would all be happier/
        would be happier honestly/be happier without me""",
    "r54en_wont_say": """will not say why/would not say why/will not say what for/would not say what for/will not tell me why/
        would not tell me why/will not tell me what it is for""",
    "r54en_rope_bought": """purchased a length of rope/bought a length of rope/bought a rope/bought rope/purchased rope/
        purchased a rope/ordered a rope/ordered rope""",
    "r54en_own_funeral": """hymn for her funeral/hymn for my funeral/song for my funeral/songs for my funeral/
        song i want played at the service/song i want played at my funeral/songs i want played at my funeral/
        what song i want played at/picked out a hymn for/music for my funeral/readings for my funeral""",
    "r54en_custody": "full custody/get full custody/getting full custody/get custody/custody of the baby/custody of my",
    "r54en_out_picture": """i will not be in the picture/will not be in the picture/i am not going to be in the picture/
        not going to be in the picture/will not be around for long/drop out of everything/like life""",
})
CONCEPT_GUARDS.update({
    "r54en_remove_self": "!from_the_group/from_the_chat/from_the_list/from_the_email/from_the_thread",
    "r54en_go_ahead": "!to/and/with/for/of_schedule/on_my/with_the/and_booked",
    "r54en_out_picture": "!for/because/since/i_am_taking/im_taking/taking/this_time/this_year/at/in_the_photo",
    "r54en_up_ever": "!on/before/in/at/early/this/lol/haha/on_weekends/on_sundays",
})
CONCERN_ALONE += ["r54en_remove_self", "r54en_mean_alive", "r54en_when_not_if", "r54en_up_ever", "r54en_go_ahead",
                  "r54en_no_next", "r54en_own_funeral"]
CONCERN_PAIRS += ("r54en_for_me means", "r54en_for_me r52_water", "r54en_adjust r54en_happier", "r54en_wont_say r54en_rope_bought",
                  "r54en_rope_bought r54en_kept_quiet", "r54en_custody r54en_out_picture")
TOLD_OF = TOLD_OF | {"r54en_rope_bought", "r54en_own_funeral"}
SOFTENER_VOID["softener"] = SOFTENER_VOID["softener"] | {"r54en_out_picture"}  # "just wondering how it would work"
# each alone is the gentle check-in (plain enough in its own words)
CONCERN_ALONE += ["r54en_go_with", "r54en_off_side", "r54en_not_accident", "r54en_last_memory", "r54en_find_after", "r54en_away_perm",
                  "r54en_enough_n", "r54en_take_baby", "r54en_quiet_fast"]
# each pair is the gentle check-in
CONCERN_PAIRS += ("r54en_aim r54en_target", "r54en_aim means", "r54en_which_road r54en_off_side",
                  "r54en_no_question r54en_crash_common", "r54en_not_drive_home r54en_drop_off",
                  "r54en_screen_item r54en_screen_often", "r54en_not_home r54en_adjust",
                  "r54en_not_home r54en_told_where", "r54en_told_where r54en_adjust", "r54en_if_hit r53en_let_run",
                  "r54en_if_hit r53en_fine_with", "r54en_if_hit r54en_gift", "r54en_never_up r54en_gift",
                  "r53en_never_back r54en_gift", "r54en_worked_out r54en_when_away", "r54en_over_side r54en_every_time",
                  "r54en_over_side means", "r54en_take_baby r54en_same_room", "r54en_same_room baby",
                  "r54en_if_anything r54en_got_planned", "r54en_got_planned r54en_kept_quiet",
                  "r54en_grave r54en_lie_stay", "r54en_grave r54en_think_how", "r54en_lie_stay r54en_think_how",
                  "r54en_with_soon r54en_meant_it", "r54en_with_soon r54en_loss", "r54en_quiet_fast r54en_drugs",
                  "r54en_drugs r54en_not_yet", "r54en_worst_part r54en_come_with", "r54en_come_with r54en_loss",
                  "r54en_looked_up r54en_enough_n", "r54en_high_point r54en_keep_thinking",
                  "r54en_punish r54en_not_eat", "r54en_painless_search r54en_guess_rest",
                  "r54en_painless_search r54en_looked_up", "r54en_painless_search r54en_finder",
                  "r54en_not_literal r54en_not_drive_home", "r54en_not_literal r54en_away_perm")
# told of another ("she has it planned out for when her husband's away", "she's punishing herself"): reports to act on
TOLD_OF = TOLD_OF | {"r54en_punish", "r54en_got_planned", "r54en_worked_out", "r54en_take_baby", "r54en_away_perm"}
# sure: thoughts of hurting only oneself, after harm to the children is denied
SURE_WITH["r54en_only_self"] = "r54en_harm_kids_no"
# an aim, a road picked, a last memory are no story, nor a passing "softener"; an event or another named beside going
# away for good softens nothing; the denial of harm to the children does not soften "only myself"
SOFTENER_VOID["softener"] = SOFTENER_VOID["softener"] | {"r54en_aim", "r54en_away_perm", "r54en_off_side",
                                                         "r54en_last_memory", "r54en_only_self"}
SOFTENER_VOID["story"] = SOFTENER_VOID["story"] | {"r54en_aim", "r54en_off_side", "r54en_last_memory"}
SOFTENER_VOID["others"] = SOFTENER_VOID["others"] | {"r54en_away_perm", "r54en_where_going", "r54en_loose_end"}
SOFTENER_VOID["story"] = SOFTENER_VOID["story"] | {"r54en_loose_end"}
SOFTENER_VOID["softener"] = SOFTENER_VOID["softener"] | {"r54en_stop_heart", "r54en_after_me"}
SOFTENER_VOID["event_named"] = SOFTENER_VOID.get("event_named", frozenset()) | {"r54en_away_perm"}
SOFTENER_VOID["safe"] = SOFTENER_VOID.get("safe", frozenset()) | {"r54en_only_self"}
# --- Round 54 (falarm54) -------------------------------------------------------------------------------------------
# "murder myself" said as "kill myself" ("I'm going to murder myself"): the sure tier's death words, so that the
# husband "I'm going to murder" over his snoring (safety._so_annoyed_49) is lowered and this cousin is not.
_extend({"death": "murder myself/murdering myself/murdered myself/asesinarme"})
# "last message" corrected ("sorry last message said cancel I meant CONFIRM", "my last message had a typo"): a correction
ENTRY_GUARDS["last message"] = ("!said/says/was_a_typo/had_a_typo/has_a_typo/was_wrong/was_a_mistake/should_say/"
                                "should_have_said/autocorrected/got_cut_off/didnt_send/"
                                "did_not_send/was_for_my/was_for_the/was_for_someone/decia/dice")
# "she dropped her pacifier": her own thing dropped, not the baby (this guard stood inside a comment at "tengo" above)
ENTRY_GUARDS["dropped her"] = (
    "!toy/toys/bottle/paci/pacifier/binky/dummy/spoon/phone/food/keys/cup/sippy_cup/snack/snacks/blanket/lovey/rattle/"
    "teether/sock/socks/shoe/shoes/bow/hat/crayon/crayons/cracker/cookie/puffs")
# germs killed with a cleaner ("bleach or vinegar, I want to kill the germs"), a teething baby's phase ("now a biting monster")
ENTRY_GUARDS["want to"] = ENTRY_GUARDS["want to"] + (
    "/kill_the_germs/kill_germs/kill_the_bacteria/kill_bacteria/kill_the_mold/kill_mold/kill_the_mildew/kill_mildew/"
    "kill_the_weeds/kill_weeds/kill_the_ants/kill_ants/kill_the_fruit_flies/kill_fruit_flies/kill_the_bugs/kill_bugs/"
    "kill_the_lice/kill_lice/kill_the_fleas/kill_fleas/kill_the_roaches/kill_the_smell/kill_the_odor/kill_the_virus")
ENTRY_GUARDS["biting"] = "!monster/monsters/machine/machines/toys/toy/on_toys/ring/teether"


# --- Round 54 (mend53) ---------------------------------------------------------------------------------------------
# Review 53: an illness said to be ruled out or wanted as a diagnosis ("sería un alivio que el doctor me dijera que no es
# cáncer", "...que me diagnosticaran algo, cáncer o lo que sea, para saber qué tengo") is no illness welcomed.
_extend({
    "r54mend_not_ill": """no es cancer/que no es cancer/no sea cancer/que no sea cancer/no fuera cancer/no era cancer/
        no tengo cancer/no es nada grave/no sea nada grave/para saber que tengo/para saber lo que tengo/saber que tengo/
        un diagnostico/o lo que sea""",
})
# ...and "un paro" a heart stopping only when it comes to oneself ("ojalá me diera un paro"), never a strike ("un paro de
# maestros"): bare "un paro" is out of r53es_illness
_extend({"r53es_illness": """me diera un paro/me de un paro/me pegara un paro/me pegue un paro/me agarrara un paro/
    diera un paro/de un paro y"""})
_CONTEXT = _CONTEXT | {"r54mend_not_ill"}
EXPLAINED_BY["r53es_illness"] = EXPLAINED_BY.get("r53es_illness", frozenset()) | {"r54mend_not_ill"}
EXPLAIN_VOID["r54mend_not_ill"] = EXPLAIN_VOID.get("r54mend_not_ill", frozenset()) | {"r53es_die_subj", "death", "dead"}
# Review 53: "lazo" as a bond or a bow ("el lazo que tengo con mi hija es muy fuerte", "un lazo muy especial con mi bebé",
# "ya compré el lazo, le va a quedar precioso a la niña"): no rope.
CONCEPT_GUARDS["r53es_rope"] = _guard_joined(CONCEPT_GUARDS["r53es_rope"],
                                             "que_tengo/que_tenemos/que_nos_une/que_me_une/que_hay/muy/tan/especial/fuerte/"
                                             "hermoso/hermosa/precioso/preciosa/lindo/linda/le_va_a_quedar/le_queda/se_ve")
# Review 53 (8.1): round 53's means held read as every other means by the everyday steps' bars.
MEANS_HELD = MEANS_HELD | {"r53en_pills_bedside", "r53en_gun_key"}
RISK = RISK | {"r53en_pills_bedside", "r53en_gun_key"}

# --- Round 55 (rec55es) --------------------------------------------------------------------------------------------
# Spanish and Spanglish recall by idea, with the rules alone (tests/test_round55_rec55es.py), each a check-in unless
# the act is plain, each with its everyday cousin left quiet:
# - a person struck out by a cross, a dove drawn (safety.canonical() reads "❌" "xmark", "🕊️" "whitedove"): oneself
#   struck out beside the baby struck out, "los dos", or a dove ("bebé ❌ yo ❌ los dos juntos 🕊️");
# - instructions or passwords left to someone beside "ya no va a tener que preguntarme" (no one left to ask);
# - sleep hoped to last forever ("me voy a dormir y ojalá sea para siempre");
# - leaving "este mundo", or not belonging in it, or a way out "sin que le duela a mi familia";
# - the baby seen in the tub water and not taken out; the baby let fall from one's arms on purpose (sure pictured).
_extend({
    "r55es_self_crossed": "yo xmark/me xmark/mi xmark/myself xmark/i xmark/mama xmark/mami xmark/mommy xmark/mom xmark",
    "r55es_baby_crossed": """bebe xmark/baby xmark/bebito xmark/bebita xmark/nino xmark/nina xmark/mi bebe xmark/
        el bebe xmark/la bebe xmark/mi hijo xmark/mi hija xmark/hijo xmark/hija xmark/son xmark/daughter xmark""",
    "r55es_dove": "whitedove",
    "r55es_left_notes": """le deje a mi mama instrucciones/le deje instrucciones/les deje instrucciones/deje instrucciones/
        le deje escrito/le deje todo escrito/le deje anotado/le deje todo anotado/le deje apuntado/le escribi instrucciones/
        les deje escrito/les deje todo escrito/les deje anotado/les deje todo anotado/deje todo escrito/deje todo anotado/
        le deje las contrasenas/le deje mis contrasenas/les deje las contrasenas/deje las contrasenas/deje mis contrasenas/
        le pase las contrasenas/le pase mis contrasenas/le di mis contrasenas/le di las contrasenas/
        left her instructions/left him instructions/left my mom instructions/left instructions/wrote out instructions/
        gave her my passwords/gave him my passwords/left my passwords/left her my passwords/left him my passwords""",
    "r55es_no_one_asks": """ya no va a tener que preguntarme/no va a tener que preguntarme/ya no me va a tener que preguntar/
        ya no me va a tener que llamar/ya no va a tener que llamarme/ya no va a necesitar preguntarme/
        ya no van a tener que preguntarme/no van a tener que preguntarme/ya no me van a tener que preguntar/
        nunca va a tener que preguntarme/ya no me va a necesitar/ya no me van a necesitar/wont have to ask me/
        will not have to ask me/wont need to ask me/will not need to ask me/never have to ask me""",
    "r55es_sleep_wish": """ojala sea para siempre/ojala que sea para siempre/espero que sea para siempre/y que sea para siempre/
        ojala ya no despierte/ojala no despierte/ojala ya no me despierte/ojala no me despierte/
        and hope it is forever/and i hope it is forever/hope it lasts forever/hopefully forever""",
    "r55es_this_world": """este mundo/de este mundo/en este mundo/a este mundo/esta vida/de esta vida/this world/
        of this world/this life""",
    "r55es_leave_it": """salirme de el/salirme de ella/salirme de aqui/salirme de todo/irme de el/irme de aqui/escaparme de el/
        desaparecer de el/salirme de este/salirme de esta/me salgo de este/me salgo de esta/salir de este/salir de esta/
        irme de este/irme de esta/me voy de este/me voy de esta""",
    "r55es_unfit": "no me hallo/ya no me hallo/no encajo/ya no encajo/no pertenezco/ya no pertenezco/i do not belong",
    "r55es_spare_kin": """sin que le duela a mi familia/sin que le duela tanto a mi familia/sin que les duela/
        sin que les duela tanto/sin que sufra mi familia/sin que sufran/sin hacerles dano/sin que le duela a nadie/
        sin que les duela a mis hijos/without hurting my family/without it hurting my family/so it does not hurt my family""",
    "r55es_left_in": """no lo saca/no la saca/no lo saco/no la saco/no lo sacas/no la sacas/no lo sacaba/no la sacaba/
        no lo saque/no la saque/sin sacarlo/sin sacarla/y lo deja ahi/y la deja ahi/y lo dejo ahi/
        y la dejo ahi/and not take him out/and not take her out/and not pull him out/and not pull her out/
        and leave him there/and leave her there/and do not take him out/and do not take her out""",
    "r55es_drop": """se me cae de los brazos/se me caiga de los brazos/se me cayera de los brazos/se me cae de las manos/
        se me caiga de las manos/se me resbala de los brazos/se me resbale de los brazos/lo suelto de los brazos/
        la suelto de los brazos/soltarlo de los brazos/soltarla de los brazos/slips out of my arms/slip out of my arms/
        drop the baby/dropping the baby""",
    "not_accident": "no por accidente/y no por accidente",
    "image_urge": "imaginando que/llevo dias imaginando/me imagino que/me la imagino/me lo imagino",
})
CONCEPT_GUARDS.update({
    "r55es_leave_it": "!del_grupo/del_chat/del_trabajo/de_la_deuda/del_contrato/del_plan/de_la_casa/temprano/un_rato/"
                      "a_comprar/a_trabajar/de_vacaciones/del_carro/del_trafico/contrato/trabajo/grupo/chat/lugar/plan/"
                      "seguro/matrimonio/departamento/apartamento/pueblo/estado/pais/hospital/hoyo/mes/ano/problema/lio/"
                      "vicio/habito/relacion/noviazgo/trabajo_sin/deuda/lugar_sin",
    "r55es_this_world": "!entero/al_revés/al_reves/de_la_moda/de_los_bebes/del_bebe/maravilloso/bonito/nuevo",
    "r55es_left_in": "!hasta/todavia/aun/porque/rapido/en_seguida/enseguida/con_cuidado/un_ratito/un_rato/"
                     "till/until/yet/because/de_la_tina_hasta/del_agua_hasta/de_la_banera_hasta/de_la_tina_porque/"
                     "del_agua_porque/a_la_calle/al_sol/a_pasear/de_la_casa/de_la_cuna/a_la_tienda/al_parque/por_el_calor",
    "r55es_drop": "!en_la_cama/en_el_sillon/al_sillon/en_el_sofa/on_the_bed/on_the_couch/off_at/off/at_daycare/"
                  "at_my_moms/at_grandmas/con_mi_mama/a_la_guarderia/doll/monitor/bottle",
})
CONCERN_PAIRS += ("r55es_self_crossed r55es_baby_crossed", "r55es_self_crossed both_us", "r55es_self_crossed r55es_dove",
                  "r55es_baby_crossed both_us r55es_dove", "r55es_left_notes r55es_no_one_asks",
                  "pass_code r55es_no_one_asks", "r55es_sleep_wish r53es_sleep", "r55es_this_world r55es_leave_it",
                  "r55es_this_world r55es_unfit", "r55es_leave_it r55es_spare_kin", "r55es_left_in water baby",
                  "r55es_left_in bath baby", "r55es_drop on_purpose")
# a decision "taken" and only its time ("ya tomé la decisión. hoy en la noche", "decisión tomada, mañana"): a bare plan
_BARE_PLAN_FILLER = _BARE_PLAN_FILLER | frozenset(
    _REPEATS.sub("", w) for w in "tome tomada tomado tomo hice mi una que ntp pues por eso".split())
_BARE_PLAN_WHEN = _BARE_PLAN_WHEN | frozenset(_REPEATS.sub("", w) for w in "manana madrugada ahorita".split())
# the baby let fall on purpose, pictured: the sure tier
SURE_TRIPLES += ("r55es_drop on_purpose image_urge",)
# told of another ("mi esposa dice que..."), or as a plan, these are reports to act on, never a story
TOLD_OF = TOLD_OF | {"r55es_left_in", "r55es_drop", "r55es_no_one_asks"}
ARRANGEMENTS = ARRANGEMENTS | {"r55es_left_notes", "r55es_no_one_asks"}


# --- Round 55 (falarm55) -------------------------------------------------------------------------------------------
# "done" code-switched ("so done con el salón hoy", "im so done w her lol"): "con" + a thing and chat "w" are the "with"
# the English guards already read; "con todo", "con la vida", "con esto" are not guarded and keep their reading.
_DONE_WITH_A_THING = "w/con_el/con_los/con_las/con_mi/con_mis/con_este/con_esta/con_estos/con_ese/con_esa/con_su/con_tu/con_mi_trabajo"
for _done in ("im done", "so done", "really done"):
    _entry_guard_more(_done, "hopeless", _DONE_WITH_A_THING)
# ...and done with an errand ("I'm done chasing this, please fix it", "im done calling the pharmacy"); "done trying",
# "done fighting" and "done living" are not errands and keep their reading.
_entry_guard_more("im done", "hopeless", "chasing/calling/emailing/texting/waiting_on/waiting_for/paying/"
                                         "arguing_with/dealing_with/being_on_hold/cleaning/cooking/folding/driving")
# A fight "to the death" over a trifle ("the kids are fighting to the death over who holds the baby"): hyperbole.
_extend({"idiom": "fighting to the death over/fight to the death over/fought to the death over/a fight to the death over"})
# "dead" as an intensifier before a state ("the 202 is dead stopped", "dead still", "dead asleep"): no death.
_extend({"idiom": "dead stopped/dead stop/dead still/dead center/dead centre/dead ahead/dead even/dead asleep/dead quiet/"
                  "dead silent/dead slow/dead stuck/dead straight/dead on/dead wrong/dead set on"})
# "tengo" with people or work on one's plate ("tengo clientas todo el día", "tengo juntas"): no means at hand.
_entry_guard_more("tengo", "access", "clientas/clientes/clients/citas/juntas/junta/reuniones/reunion/visitas/invitados/"
                                     "pendientes/tarea/examen/un_monton/que_hacer/turno/chamba")
# An apology for the message's own trouble ("sorry por todo el drama", "perdón por todo el relajo"): no farewell.
_TROUBLE_OF_THE_DAY = ("el_drama/el_rollo/el_relajo/el_desmadre/el_choro/el_lio/el_desorden/el_mensaje/el_texto/el_spam/"
                       "la_molestia/las_molestias/el_cambio/los_cambios/el_chisme/el_cuento/lo_largo/el_alboroto/el_show")
for _sorry in ("sorry por todo", "perdon por todo"):
    _entry_guard_more(_sorry, "farewell", _TROUBLE_OF_THE_DAY)

RULES = _rules()
