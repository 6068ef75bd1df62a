"""The crisis detector's phrase tables: what it looks for, family by family.

Read with bot/core/safety.py, which turns these phrases into linear-time regexes and reads each message
through its disguises first. Adding a phrasing here is the usual way to widen detection; every
phrase is exercised by tests/test_safety.py and tests/data/crisis_cases.yaml.
"""

from __future__ import annotations

# A chore done up on a roof (round 30: "I'm on the roof fixing the gutters") is read by safety._mask_contexts, which
# puts the place in other words before any family or concept reads it (round 31: the verb x object guard list it
# replaces was 87,000 guard strings, +0.9 s start-up).

# --- the pattern notation ---------------------------------------------------------------------
# A phrase is slots separated by spaces. A slot lists alternatives with "/", "_" stands for a
# space inside an alternative, a trailing "?" makes the slot optional, and "~N" skips up to N
# words. Example: "want/wanna to? ~1 die/be_dead" matches "want to die", "wanna just be dead".
# Guards look without consuming: "!a/b" means the next words are not "a" or "b", "!<a/b" that the
# previous words are not; "^" and "$" are the start and the end of the message ("$" may also
# be an alternative: "now/$" is "now" or the end, "anyway_$" is "anyway" at the end).
# Alternatives are read like messages (squashed, contractions expanded), so "im" equals "i_am".

I = "i/im/ive/id/ill/me/i_just/i_really/i_kinda/i_sometimes/i_still/i_honestly"
SELF = ("myself/my_self/me_self/mself/myslf/myslef/self/my_own_self "
        "!esteem/confidence/image/worth/care/respect/love/doubt/conscious/control/discipline/awareness")
THIRD_SELF = "herself/himself/themselves/themself/her_self/him_self/theirselves"
# Who wants to die: "want to", "thinking about", "ready to", "would rather"...
WANT = ("want/wants/wanted/wanting/wanna/wish/wishing/plan/planning/plans/ready/tempted/trying/try/tried/tries/attempted/attempting/"
        "thinking_about/thinking_of/think_about/think_of/thought_about/thought_of/considering/consider/"
        "urge/urges/need/needs/have_to/decided/deserve/deserves/should/feel_like/feels_like/felt_like/"
        "would_like/id_like/prefer/would_rather/id_rather/quiero/quisiera/gonna/waiting/just_waiting")
# Ways of saying "die"; the guard keeps "die of embarrassment", "dying to know" out.
DIE = ("die/dying/dye/be_dead/being_dead/not_exist/not_be_alive/not_be_here/stop_existing/"
       "cease_to_exist/stop_being_alive/disappear/vanish/never_wake_up/not_wake_up/end_it/end_it_all/"
       "end_things/end_everything/end_my_life/not_live/not_be_around/leave_this_world/"
       "go_to_sleep_forever/sleep_forever/be_with_god/rope/morir/morirme/matarme/unalive/"
       "go_away_forever/be_done_with_life/not_exist_anymore/be_six_feet_under/stop_living/"
       "quit_living/stop_breathing/stop_my_heart/not_be_alive_anymore/"
       # a neighbouring key for a letter of "die", or "dead" short of a letter
       "dir/diw/dje/dke/xie/eie/rie/be_ded/be_dedd")
# Guards name idiomatic continuations word for word: a distressed message often runs on without
# punctuation ("i want to die my baby deserves better"), so a bare "my", "the" or "when" after a
# crisis phrase must never switch it off.
# "ready to end it with breastfeeding": what ends is a chore (never a person: "die with her" stays).
WITH_CHORE = ("with_breastfeeding/with_pumping/with_nursing/with_formula/with_the_pump/with_the_bottle/"
              "with_bottles/with_diapers/with_cloth_diapers/with_sleep_training/with_swaddling/with_my_job/"
              "with_work/with_school/with_this_job/with_the_paci/with_the_pacifier/with_cosleeping/with_co_sleeping")
DIE_GUARD = ("!" + WITH_CHORE + "/if_i_dont_get_coffee/if_i_dont_get_some_coffee/if_i_dont_get_a_nap/if_i_dont_get_sleep/"
             "if_i_dont_get_some_sleep/without_coffee/without_my_coffee/without_caffeine/my_hair/her_hair/his_hair/hair/my_roots/roots/my_eyebrows/eyebrows/my_brows/"
             "eggs/easter_eggs/clothes/the_shirt/a_shirt/fabric/yarn/of_embarrassment/of_shame/of_laughter/of_laughing/laughing/of_boredom/of_cuteness/"
             "of_hunger/of_thirst/of_heat/of_the_heat/of_excitement/of_happiness/of_curiosity/"
             "of_jealousy/of_envy/of_old_age/of_exhaustion/from_embarrassment/from_laughing/"
             "from_laughter/from_the_heat/from_boredom/from_cuteness/from_exhaustion/for_a_coffee/"
             "for_coffee/for_a_nap/for_sleep/for_a_drink/for_some_sleep/for_a_break/for_chocolate/"
             "for_a/to_know/to_try/to_see/to_meet/to_get/to_hear/to_find_out/to_start/to_have/"
             "to_hold/to_go/to_be_a/to_sleep/to_eat/to_tell/to_show/inside/on_the_inside/"
             "during_labor/during_delivery/during_childbirth/during_surgery/during_the_birth/"
             "during_the_infusion/in_labor/in_childbirth/in_surgery/in_delivery/giving_birth/"
             "on_the_table/into_a/into_the_bath/into_bed/into_a_book/for_a_weekend/for_the_weekend/"
             "for_a_day/on_vacation/to_a_spa/to_the_beach/under_the_covers/under_a_blanket/"
             "de_risa/de_la_risa/de_verguenza/de_la_verguenza/de_hambre/de_sueno/de_calor/de_frio/"
             "de_ganas/de_cansancio/de_amor/de_ternura/por_un/por_una/por_probar/por_verte/"
             "por_conocer/por_ver/por_saber/de_miedo/de_nervios/del_susto/de_susto/de_pena/de_sed/"
             "del_cansancio/del_calor/del_frio/del_hambre/del_sueno/de_gusto/de_felicidad/"
             "de_alegria/de_envidia/de_aburrimiento/de_emocion/de_la_emocion/de_lo_cansada")
LIFE = "life/own_life/lives/own_lives/lif/lyf/lyfe/lfie/existence"
LIFE_GUARD = ("!admin/stuff/hacks/insurance/coach/style/span/changes/change/events/skills/lessons/"
              "jacket/plans/balance/goals/story/savings/long/partner/in_my_hands/into_my_hands/in_my_own_hands/into_my_own_hands/insurance_policy")
# "living" said of a place or a household: "tired of living out of boxes".
LIVING_GUARD = ("!in_this/in_a/in_the/in_my/with_my/with_him/with_her/with_them/with_my_in_laws/"
                "with_my_parents/out_of/off/at_home/at_my/here/there/near/next_to/far_from/alone/"
                "apart/abroad/paycheck/like_a/together/close_to/so_far_from/on_a_budget/on_one/"
                "in_fear_of_my/under_the_same")
# "go on a date", "keep going to work", "carry on with breastfeeding": plans, not despair. The words that
# stand before a drug's name ("go on traditional antidepressants") are plans about treatment too.
GO_ON_GUARD = ("!traditional/conventional/standard/usual/typical/prescription/prescribed/oral/psychiatric/"
               "psych/sleeping/anxiety/anti_anxiety/mood/daily_meds/a_daily_pill/"
               "a_date/a_trip/a_walk/a_diet/a_vacation/a_road_trip/a_new/an_antidepressant/an_ssri/"
               "date_night/dates/vacation/vacations/walks/trips/holiday/holidays/maternity/leave/"
               "daily/a_daily/regular/long_term/another/other/more_meds/more_medication/any_meds/any_medication/"
               "any_antidepressants/some_meds/some_medication/hormonal/hormones/antidepressant/"
               "the_pill/birth_control/medication/meds/my_meds/my_medication/the_medication/the_meds/"
               "antidepressants/zoloft/prozac/lexapro/sertraline/pills/ssris/ketamine/treatment/"
               "with_breastfeeding/with_pumping/with_the/with_work/with_treatment/with_ketamine/"
               "with_therapy/with_my_job/with_this_job/with_school/breastfeeding/pumping/nursing/"
               "working/social_media/facebook/instagram/tiktok/reddit/google/online/strike/hold/"
               "record/tv/air/sale/top_of/to_work/to_the/to_my/to_school/to_college/to_therapy/"
               "to_appointments/to_church/to_the_gym/to_daycare/at_work/about/and_on/in_school/"
               "the_trip/the_walk/this_trip/that_trip/with_my_life_as_normal")
BABY = ("baby/babies/babe/newborn/newborns/infant/infants/son/sons/daughter/daughters/child/"
        "children/kid/kids/little_one/little_ones/lo/ds/boy/girl/baby_boy/baby_girl/twins/twin/"
        "toddler/toddlers/week_old/weeks_old/month_old/months_old/mo_old/day_old/year_old/yr_old/"
        "wk_old/babygirl/babyboy/stepson/stepdaughter/bub/bubba/bebe/bebes/hijo/hija/nino/nina")
# Compound nouns after a baby word: "the baby weight", "shake the baby bottle".
BABY_GUARD = ("!weight/blues/brain/fat/belly/bottle/bottles/formula/food/monitor/gear/stuff/things/"
              # round 45: "throw a toddler-level tantrum", "a toddler meltdown", "a baby fit"
              "level/tantrum/tantrums/meltdown/meltdowns/fit/fits/style/sized/"
              "clothes/seat/carrier/gate/shower/teeth/tooth/book/books/toys/toy/wipes/shampoo/oil/"
              "powder/blanket/pics/photos/pictures/album/name/names/bump/sling/swing/care/sitter/"
              "sitting/proofing/steps/carrots/talk/voice/sounds/fever/rash/milk/cereal/wash/lotion/"
              "cream/hair/nails/shoes/socks/room/bed/crib/bath/brother/sister/dad/daddy/father/a_party/a_birthday/a_shower/a_surprise/a_bash/a_celebration")
# How the medication or breastfeeding could harm a baby: a question, not a thought of harm.
MEDIUM_GUARD = ("!with_ketamine/with_the_medicine/with_the_medication/with_the_meds/with_medication/"
                "with_meds/with_my_meds/with_my_medication/with_the_treatment/with_the_infusion/"
                "with_the_drug/with_drugs/with_my_antidepressants/with_antidepressants/through_my_milk/"
                "through_breastfeeding/through_breast/through_the_milk/through_the_breast/through_the_medicine/"
                "through_the_medication/through_the_infusion/through_ketamine/via_breastmilk/via_my_milk/"
                "via_breast_milk/"
                "by_breastfeeding/by_nursing/by_taking/by_pumping/by_being_on/by_getting/by_doing/"
                "by_starting/by_continuing/by_feeding/by_giving/if_i_take/if_i_breastfeed/"
                "if_i_nurse/if_im_on/if_i_get/if_i_do/if_i_start/if_i_stay_on/while_breastfeeding/"
                "while_nursing/while_pumping/when_breastfeeding/when_nursing/with_my_milk/"
                "with_breast_milk/with_breastmilk/with_my_breast_milk/with_my_breastmilk/from_the_medicine/"
                "from_the_medication/from_the_infusion/from_the_meds/from_the_drug/from_the_treatment/"
                "from_ketamine/from_my_milk/in_my_milk/in_my_breast_milk/with_side_effects/"
                "during_pregnancy/in_the_womb/in_utero/with_my_depression/with_my_anxiety/"
                "with_my_mood/with_my_stress/emotionally/long_term/being_on/on_ketamine/"
                "on_the_medication/on_meds/with_alcohol/with_wine")
POSS = "my/the/our/this/that/her/his/their/your/a/an/my_own/our_own"
HARM = ("hurt/hurting/hurts/harm/harming/harms/kill/killing/kil/murder/murdering/shake/shaking/shook/"
        "smother/smothering/smothered/drown/drowning/drowned/suffocate/suffocating/suffocated/"
        "strangle/strangling/strangled/choke/choking/choked/stab/stabbing/stabbed/hit/hitting/"
        "poison/poisoning/poisoned/beat/beating/slap/slapping/punch/punching/abuse/abusing/attack/"
        "attacking/injure/injuring/get_rid_of/getting_rid_of/do_something_to/doing_something_to/"
        "squeeze_too_hard/crush/crushing/burn/burning/scald/scalding/snap_the_neck_of/break/"
        "breaking/throw/throwing/threw/toss/tossing/smash/smashing/bash/bashing/kick/kicking")
# Harm said with no person as its subject still counts for these verbs ("thoughts: drown the baby").
HARM_ALWAYS = "strangle/strangling/stab/stabbing/murder/murdering/drown/drowning"
PRONOUN_GUARD = ("!feelings/feeling/bottle/bottles/milk/formula/toy/toys/rattle/hair/nails/ears/chances/"
                 "pride/ego/career/back/feet/tummy/diaper/nappy/food/off/up/heart/"
                 "spirit/fall/habit/pills/medicine/meds/a_party/a_shower/a_birthday/a_surprise/a_ball/"
                 "a_bone/a_kiss/a_smile/a_look/a_bottle/at_chess/at_cards/at_games/to_it/in_a_race/"
                 "in_a_game/record/streak/schedule/routine/"
                 # round 51 (f52): a goal reached, "she just hit her first milestone in PT"
                 "milestone/milestones/first_milestone/first_big_milestone/big_milestone/new_milestone/next_milestone/"
                 "goal/goals/weight_goal/first_goal/stride/target/targets/growth_spurt/sleep_regression/"
                 # a bump told as an accident: "she hit her head on the crib"
                 "head_on/face_on/nose_on/lip_on/chin_on/knee_on/arm_on/leg_on/hand_on/elbow_on/"
                 "head_against_the_crib/head_when/head_while/head_earlier/head_today/head_yesterday/"
                 "head_this_morning/head_last_night/head_a_little/head_slightly/head_pretty/"
                 "finger_in/fingers_in/hand_in/thumb_in/"
                 # round 51 (falarm51): a playful complaint, "he says I'm killing him with my 3am snack requests"
                 "with_my_snack/with_my_snacks/with_my_requests/with_my_3am/with_my_late_night/with_my_midnight/"
                 "with_my_cravings/with_my_questions/with_my_texts/with_my_jokes/with_my_puns/with_my_singing/"
                 "with_my_cooking/with_my_snoring/with_my_demands/with_my_playlist/with_my_music/with_my_driving/"
                 "with_my_mood_swings/with_my_hormones/with_kindness/with_love/with_cuteness/with_questions/"
                 "with_requests/with_all_my_requests/with_all_my_questions/"
                 # round 52 (falarm52): early hours and wake-ups, "he says I'm killing him with these 4am wake ups"
                 "with_these_am/with_the_am/with_my_am/with_these_early/with_the_early/with_my_early/with_these_wake_ups/"
                 "with_the_wake_ups/with_my_wake_ups/with_these_wakeups/with_the_wakeups/with_my_wakeups/"
                 "with_these_night/with_the_night/with_my_night/with_these_late_nights/with_the_late_nights/"
                 "with_these_night_feeds/with_the_night_feeds/with_these_feeds/with_the_feeds/with_these_alarms/"
                 "with_my_alarm/with_my_alarms/with_the_alarm/with_these_questions/with_these_requests/with_these_texts/"
                 "with_these_puns/with_these_jokes/with_these_cravings/with_my_sleep_schedule/with_this_sleep_schedule")
HB_SUBJ = "i/ill/id/im/ive/she/he/shes/hes/shell/shed/hed/me/myself/mommy/mama"
# "can I hurt my baby by breastfeeding?" is a question about safety, not a thought of harm.
HB_AUX = "!<can/could/should/may/will/would"
HB_ADV = ("sees_herself/see_herself/saw_herself/pictures_herself/imagines_herself/keeps_seeing_herself/"
          "might/could/would/will/may/can/should/accidentally/just/really/actually/somehow/ever/even/"
          "dont/wont/wouldnt/couldnt/didnt/did/almost/nearly/keep/kept/keeps/end_up/ended_up/am/was/"
          "going_to/want_to/wanted_to/need_to/have_to/feel_like/snap_and/lose_it_and/lost_it_and/"
          "lose_control_and/lost_control_and/lose_my_temper_and/lost_my_temper_and/flip_out_and/"
          "go_crazy_and/break_down_and/crack_and/freak_out_and/black_out_and/"
          "would_never/could_never/never/secretly/sometimes/literally/seriously/then/want/wanted/"
          "wants/might_accidentally/thought_about/think_about/thinking_about/imagine/imagined/"
          "imagining/picture/pictured/picturing/dream_about/dreamed_about/dreamt_about/see_myself/"
          "saw_myself/keep_seeing_myself/keep_picturing_myself/have_urges_to/get_urges_to/"
          "had_the_urge_to/have_the_urge_to/feel_the_urge_to/was_going_to/about_to/tried_to/try_to/"
          "fantasize_about/fantasized_about/could_easily/could_just/might_just/will_end_up/"
          "might_end_up/could_end_up/is_going_to/feel_the_need_to/am_capable_of/is_capable_of/"
          "capable_of/close_to/so_close_to/scared_to/afraid_to")
INTENT = ("urge/urges/urged/impulse/impulses/thought/thoughts/image/images/visions/vision/fantasies/"
          "fantasy/fantasize/fantasizing/fantasized/imagine/imagining/imagined/picture/picturing/"
          "pictured/dream/dreams/dreaming/dreamt/dreamed/want/wants/wanted/wanting/desire/desires/"
          "tempted/temptation/afraid/scared/terrified/fear/fears/feared/frightened/worried/worry/"
          "worrying/obsessing/obsessed/obsessive/think/thinking/idea/ideas/keep_seeing/see_myself/"
          "saw_myself/compelled/compulsion/compulsions/feel_like/felt_like/tendency/ready/planning/"
          "plan/capable/considering/consider/contemplating/flashes/scenarios/notion/visualize/"
          "visualizing/panicking/paranoid/need/needs/close/wish/wishing/tried/trying/"
          # the same said of someone else: "my wife says she thinks about hurting our baby"
          "thinks/imagines/pictures/dreams/fantasizes/worries/obsesses/wishes/tries/plans/"
          "considers/visualizes/keeps_thinking/keeps_picturing/keeps_imagining/talks_about/feels_like/"
          "gets_urges/has_urges/has_thoughts/gets_thoughts/"
          "talked_about/mentioned/mentions")
CONNECT = ("to/of/about/myself/me/like/that/that_i/i/id/ill/im/of_me/about_me/where_i/where_im/"
           "in_which_i/im_going_to/i_will/i_might/i_could/i_would/i_may/that_ill/that_id/that_im/"
           "that_she/she/she_will/she_might/she_could/shell/shed/he/hed/of_myself/about_myself")
MEANS = ("anxiety_meds/anxiety_medication/anxiety_pills/depression_meds/psych_meds/heart_meds/"
         "blood_pressure_meds/bp_meds/seizure_meds/thyroid_meds/pain_medication/sleep_medication/"
         "pills/pill/meds/medication/medications/medicine/medicines/tablets/sleeping_pills/"
         "sleeping_tablets/sleep_meds/sleep_aids/tylenol/acetaminophen/paracetamol/ibuprofen/advil/"
         "motrin/aspirin/aleve/xanax/ativan/klonopin/valium/benzos/ambien/benadryl/unisom/zquil/"
         "nyquil/painkillers/pain_killers/pain_pills/pain_meds/oxy/oxys/oxycodone/oxycontin/percocet/"
         "percs/vicodin/hydrocodone/norco/tramadol/codeine/morphine/fentanyl/opioids/opiates/insulin/"
         "lithium/seroquel/trazodone/zoloft/sertraline/lexapro/prozac/wellbutrin/antidepressants/"
         "antidepressant/pill_bottle/medicine_cabinet/iron_pills/gabapentin/lamictal/clonazepam/"
         "lorazepam/diazepam/quetiapine/zolpidem/melatonin/sleeping_meds/drugs")
STRONG_AMOUNT = ("whole/entire/the_whole/a_whole/bottle/a_bottle/handful/a_handful/handfuls/too_many/"
                 "enough/everything/the_rest_of/a_bunch_of/an_entire/the_entire/way_too_many/"
                 "all_of_my/all_of_the/every_last/every_single/30/40/50/60/100/thirty/fifty/a_hundred")
# How long or how many it takes "to work", "for a headache": an ordinary dosing question.
DOSE_GUARD = ("!before_the/before_my/before_an/before_each/before_treatment/before_bed/at_bedtime/"
              "at_night/in_the_morning/each/every/per/tomorrow/today/prior_to/on_the_day/"
              "the_day_before/the_night_before/to_work/to_kick/to_feel/for_a/for_my/for_the/for_pain/for_headaches/to_help/before_it/"
              "to_get/to_start/to_reach/to_notice/to_see/to_clear/to_leave/to_wear/a_day/per_day/daily/"
              "to_fix/to_treat/to_stop/with_ketamine/with_food/with_water/with_milk/at_once_for/"
              "in_a_day/in_24/to_be_safe/to_be_effective/to_make_a/to_make_it/after_the/after_surgery/"
              "after_a/if_im_breastfeeding/if_i_am_breastfeeding/if_im_nursing/to_take_effect")
# "better if i just stopped breastfeeding": what is stopped is named.
STOPPED_GUARD = ("!breastfeeding/pumping/nursing/feeding/taking/working/going/trying/worrying/caring_so/"
                 "eating/drinking/smoking/texting/calling/buying/using/complaining/reading/googling/"
                 "checking/cosleeping/co_sleeping/swaddling/rocking/at/by/for/in/on/to/with/"
                 "the_bottle/the_pump/the_meds/the_medication/the_pills/the_treatment/the_infusions/"
                 "the_formula/the_pacifier/the_paci/the_night_feeds/the_feeds/the_swaddle/the_diet/"
                 "the_gym/the_car/her_bottle/his_bottle/her_feeds/his_feeds/them_from/it_for_a/"
                 "it_for_now/it_early/that_job/this_job/that_habit/this_habit/everything_else/"
                 "now_and/and_rested/"
                 "for_a/early/sooner/work/my_meds/my_medication/my_antidepressants/my_pills/my_job/"
                 "my_work/my_therapy/my_treatment/my_subscription/my_membership/my_breastfeeding/"
                 "my_pumping/my_diet/my_supplements/my_vitamins/my_birth_control/my_leave/my_classes/"
                 "my_business/my_side_job/my_shifts/my_hours/my_maternity/my_coffee/my_caffeine/"
                 "drinking_coffee/my_prenatals/my_sertraline/my_zoloft/my_lexapro/my_prozac/"
                 "my_wellbutrin/my_meds_and/my_sleep_training/my_workouts/my_running/my_walks/"
                 "my_gym/my_membership_at/my_phone/my_social_media/my_instagram/my_facebook/"
                 "my_tiktok/my_netflix/my_streaming/my_newsletter/my_husband/my_partner/my_mom/"
                 "my_mother/my_family/my_friends/my_daughter_from/my_son_from/my_kids_from/"
                 "my_baby_from/my_toddler_from/my_supply")
# "i'm ending it with him", "ending it early": a relationship, a lease, a feeding or a call ends.
END_IT_GUARD = ("!with/early/earlier/soon_with/at/on/in/after/before/for/by/next/this_week/this_month/"
                "this_year/off/there/here/now_with/lol/haha/thanks/thank_you/properly/gradually/"
                "slowly/when_she/when_he/when_the/once_she/once_he/once_the/once_we/between/"
                "between_us/officially_with/officially/amicably/nicely/politely/legally/over_text/"
                "by_text/over_the_phone")
# "overdose on coffee", "od on cuteness": a joke about a treat, not a means. Round 55 (falarm55): "an overdose of
# cuteness", "overdose of baby snuggles today" is the same joke said with "of" (OD_JOKE_GUARD).
OD_TREATS = ("coffee/caffeine/sugar/chocolate/cuteness/cute/carbs/netflix/tv/cake/candy/cookies/snacks/baby_snuggles/"
             "snuggles/cuddles/love/reality_tv/true_crime/podcasts/pizza/ice_cream/naps/sunshine/tiktok/shopping/baby_pics/"
             "kisses/baby_kisses/joy/happiness/baby_smell/giggles/baby_giggles/smiles/baby_smiles")
OD_GUARD = "!" + "/".join(f"on_{treat}" for treat in OD_TREATS.split("/"))  # round 56 (mend55): one list of treats
OD_JOKE_GUARD = "!" + "/".join(f"{joined}_{treat}" for joined in ("on", "of") for treat in OD_TREATS.split("/"))
TAKE = "take/taking/swallow/swallowing/down/downing/pop/popping/eat/eating/chug/chugging/od_on/overdose_on"
# "hurt myself" said about an accident, or "beat myself up".
ACCIDENT_GUARD = ("!lifting/by_accident/accidentally/while_slicing/slicing/chopping/peeling/while_peeling/"
                  "opening_a/while_opening/on_paper/with_paper/on_a_paper/on_the_mandoline/"
                  "on_a_mandoline/on_the_grater/on_a_grater/on_a_box/on_the_bottle/on_the_pump/at_the_gym/playing/in_the_kitchen/cooking/shaving/"
                  "when_i_fell/with_the_stroller/carrying/exercising/working_out/falling/tripping/"
                  "slipping/chasing/picking_up/during_delivery/during_labor/pushing/trying_to_lift/"
                  "bending/moving/running/with_the_iron/in_the_oven/at_work/in_the_garden/gardening/"
                  "with_the_car_seat/off/short/some_slack/a_break/slack/with_a_knife_cooking/"
                  "at_the_park/at_daycare/at_school/at_the_playground/if_i_drive/driving/while_shaving/"
                  "while_cooking/while_chopping/while_cutting/while_gardening/while_working/while_playing/"
                  "while_lifting/while_carrying/while_exercising/while_running/while_moving/on_a_toy/"
                  "on_a_nail/on_a_knife/on_a_glass/on_a_can/on_the_glass/on_the_stove/on_the_oven/"
                  "on_the_door/on_the_corner/on_the_edge/on_the_table/on_the_counter/on_the_can/"
                  "on_the_knife/on_the_slide/on_the_stairs/on_the_ice")
# "cutting" alone is ambiguous ("cutting back", "cutting her nails"): it counts where it stands
# last, or is followed by words no haircut or diet is: "again", "to feel", "my arms"...
CUT_NEXT = ("!and_paste/and_dry/and_color/and_run/and_style/it_out/it_short/them_short "
            "$/again/myself/deeper/more/tonight/today/now/right_now/last_night/to_feel/to_cope/"
            "to_punish/so_bad/so_badly/badly/because/when/until/and/but/so/i/im/ive/it_helps/helps/"
            "is/was/has/keeps/gets/comes/wont/feels/used_to/is_the_only/my_arms/my_wrists/my_legs/"
            "my_thighs/my_skin/my_stomach/my_hips/my_body/on_my/on_purpose/with_a_razor/"
            "with_a_knife/with_scissors/with_glass/with_a_blade/with_razors/or/even/anymore/yet/"
            "lol/everyday/every_day/every_night/please/help/idk/again_tonight/it_hurts/the_pain/my_baby/"
            "the_baby/this_is/thats/im_so/so_bad/really_bad/i_cant/its_the_only")
WISHED = ("wouldnt_be_here/wouldnt_be_alive/wouldnt_be_around/wouldnt_exist/would_not_be_here/"
          "didnt_have_to_wake_up/didnt_have_to_exist/didnt_have_to_be_here/didnt_have_to_live/"
          "dead/die/died/never_born/never_been_born/wasnt_born/werent_born/gone/not_here/wasnt_here/"
          "werent_here/not_alive/didnt_exist/not_exist/could_not_exist/"
          "could_just_not_exist/just_not_exist/stop_existing/could_stop_existing/could_sleep_forever/"
          "was_dead/were_dead/could_die/would_die/had_died/didnt_survive/hadnt_survived/never_existed/"
          "was_never_born/had_never_been_born/stop_breathing/would_stop_breathing/could_stop_breathing/"
          "was_gone/were_gone/would_just_die/could_just_die/die_in_my_sleep/just_die/wasnt_alive/"
          "werent_alive/wasnt_around/werent_around/get_in_a_car_accident/got_in_a_car_accident/"
          "get_in_an_accident/got_in_an_accident/get_hit/got_hit/get_hit_by_a_car/got_hit_by_a_car/"
          "would_crash/crash/get_cancer/got_cancer/get_sick_and_die/got_sick_and_died/"
          "something_would_happen_to_me/something_happens_to_me/something_happened_to_me/"
          "die_in_an_accident/died_in_an_accident/just_get_hit/be_in_a_car_accident/get_in_a_car_crash/"
          "got_in_a_car_crash/get_in_a_crash/get_into_a_crash/get_into_an_accident/"
          "get_into_a_car_accident/get_in_a_wreck/die_in_a_crash/die_in_a_car_crash/get_run_over/"
          "get_killed/die_on_the_way/get_hit_by_a_truck/get_hit_by_a_bus/dont_make_it_home/"
          "never_make_it_home/never_come_home/crash_on_the_way/die_tonight/die_soon/die_young/"
          "get_a_terminal/have_a_heart_attack/had_a_heart_attack")
# "I hope I don't wake up the baby", "I wish I could disappear for a weekend".
WAKE_GUARD = ("!the_baby/the_kids/the_house/the_neighbors/the_dog/everyone/anyone/early/too_early/so_early/in_time/on_time/"
              "before/until/till/for_work/for_feeds/for_the/for_my/for_her/for_him/again_at/"
              "at_night/at_dawn/at_midnight/at_1/at_2/at_3/at_4/at_5/at_6/at_7/at_8/at_9/"
              "in_the_middle/every_two/every_three/every_hour/to_feed/with_a/with_the/up_at/at")
AWAY_GUARD = ("!into_a/into_the_bath/into_bed/into_a_book/into_the_couch/for_a/for_an/for_the/"
              "for_a_weekend/for_the_weekend/for_a_day/for_a_while_on/on_vacation/on_a_trip/"
              "to_a/to_the_beach/from_social_media/from_facebook/off_social_media/under_the_covers/"
              "under_a_blanket/from_work/from_my_job/from_the_party/from_this_party")
PERSON = "i/she/he/they/we/me/her/him"
SOMEONE = ("everyone/everybody/they/theyd/family/my_family/the_family/kids/my_kids/the_kids/children/"
           "my_children/baby/my_baby/the_baby/son/my_son/daughter/my_daughter/husband/my_husband/"
           "partner/my_partner/world/the_world/my_wife/wife/boyfriend/my_boyfriend/girlfriend/"
           "my_girlfriend/everyone_else/loved_ones/my_loved_ones/little_one/my_little_one/my_twins/"
           "the_twins/my_newborn/my_girls/my_boys/theyre")
BETTER_OFF_GUARD = ("!in_daycare/in_their/in_her/in_his/in_a_crib/in_the_crib/in_bed/at_daycare/"
                    "at_grandmas/at_home/on_formula/on_a_bottle/on_bottles/on_their_own/fed/"
                    "formula_fed/bottle_fed/breastfed/sleeping/asleep/with_formula/with_bottles/"
                    "with_a_bottle/financially/if_i_went_back/if_i_stopped/if_i_switched/if_i_pumped/"
                    "if_i_breastfed/if_we/than/weaning/sleep_training/moving/renting/buying/selling/"
                    "staying_home/going_to_daycare/learning/switching/waiting/working/doing/eating/"
                    "with_pumped/with_donor/with_a/with_an/with_the/with_more/with_less/on_a/on_the/"
                    "in_a/in_the/swaddled/without_the/without_a/without_formula/without_dairy")
DEADISH = ("was_gone/were_gone/was_dead/were_dead/wasnt_here/werent_here/wasnt_around/werent_around/"
           "died/disappeared/was_never_born/were_never_born/never_existed/didnt_exist/wasnt_alive/"
           "werent_alive/was_not_here/killed_myself/left_this_world/was_out_of_the_picture/ended_it/"
           "ended_my_life/was_no_longer_here/were_no_longer_here/wasnt_in_the_picture/"
           "had_never_been_born/never_had_been_born/gone/dead/never_born/just_disappeared/"
           "just_died/just_wasnt_here/was_gone_forever/just_vanished/vanished/didnt_wake_up/"
           "never_woke_up/was_not_around/were_not_around/wasnt_alive_anymore/stopped_existing/"
           "did_it/went_away_forever/left_forever")
LIFEISH = ("living/life/going_on/anything/being_alive/existing/being_here/me/my_life/"
           "carrying_on/it_all/any_of_this/continuing/staying_alive/any_of_it/my_existence/"
           "keeping_going/surviving/anything_anymore/even_being_here/being_a_mom_anymore")
# A cover over a baby's face for the sun, for privacy or for peekaboo.
SHADE_GUARD = ("!to_block/to_shade/for_shade/from_the_sun/against_the_sun/for_sun/to_keep_the_sun/"
               "in_the_stroller/in_the_car_seat/while_nursing/for_privacy/as_a_cover/when_nursing/"
               "to_nurse/to_breastfeed/to_keep_the_light/to_keep_the_wind/from_the_wind/in_the_wind/"
               "to_play/playing/for_peekaboo/for_peek_a_boo/peekaboo/during_peekaboo/to_wipe/to_clean/"
               "to_wash/to_dry/after_the_bath/after_her_bath/after_his_bath/to_protect")
# Giving up something ordinary: a feeding method, a habit, a task.
GIVE_UP_GUARD = ("!breastfeeding/pumping/nursing/on_breastfeeding/on_pumping/on_nursing/the_bottle/"
                 "bottles/formula/dairy/caffeine/coffee/sugar/gluten/my_job/work/on_the/the_bottle/the_pump/"
                 "the_breast/the_pacifier/the_paci/the_nap/the_fight/the_night_feeds/the_diet/the_gym/"
                 "the_house/the_cosleeping/the_job/the_idea/the_dream/the_swaddle/the_baby_weight/"
                 "on_sleep_training/sleep_training/my_seat/my_milk/my_supply/my_career/my_diet/"
                 "my_husband/my_partner/my_pacifier/my_spot/my_place/my_room/my_bed/my_car/on_my_job/on_my_career/on_this_job/on_my_degree/"
                 "school/my_seat/her_pacifier/his_pacifier/the_pacifier/the_paci/control/smoking/"
                 "drinking/alcohol/wine/on_getting/trying_to/on_trying/on_ketamine/ketamine/therapy/"
                 "on_therapy/meds/on_meds/on_cleaning/cleaning/on_cloth/cloth/and_go_to_bed/and_sleep/"
                 "and_order/for_the_day/for_today/for_tonight/today/on_that/a_night/the_nap/naps/"
                 "on_naps/the_fight_with/the_fight_over/on_him/on_her/on_them/with_him/with_her/"
                 "on_my_marriage/on_the_marriage/on_us/on_dieting/dieting/the_gym/running/and_switch/"
                 "and_use/and_try/and_just_use/and_formula_feed/of/of_the/of_my/of_the_past/of_her/"
                 "of_him/of_them/of_control/of_guilt/of_the_guilt/of_expectations/of_resentment/"
                 "of_my_anger/of_anger/on_exclusively/exclusive/exclusively/with_my/over/about/"
                 "for/with_the/in_front/about_bedtime/the_fight/on_the_idea/on_finding/on_the_house/"
                 "on_breastmilk/on_my_milk/on_the_milk/my_milk/on_nights/nights/the_night_feeds/"
                 "night_feeds/on_night_feeds/the_cosleeping/cosleeping/on_cosleeping/social_media/"
                 "on_social_media/facebook/tiktok/the_pump/the_breast/on_the_breast/lol/haha")
# "fine without me for one night": a night out, not a life without me.
AWHILE_GUARD = ("!for_a/for_one/for_the/for_an/for_two/for_a_few/for_few/while/during/tonight/"
                "this_weekend/at/when_i/if_i_go/for_24/for_48/for_3/for_2/for_some/for_this/"
                "overnight/for_a_night/for_the_night/on_date_night/at_the/if_i_get/if_i_start/"
                "if_i_do/when_im_at/when_i_return/when_i_go_back/once_i_go_back/going_to/getting")
# What frustration is over ("over this claim", "over his schedule"), never "over and over" (a blow repeated).
OVER_A_THING = ("over_this/over_that/over_it/over_the/over_my/over_his/over_her/over_a/over_an/over_these/over_those/"
                "over_our/over_their/over_why/over_how/over_what/over_whether/over_which/over_work/over_insurance/"
                "over_bills/over_money/over_him/over_them/over_sleep/over_feeding")
# Banging one's head against a wall, the frustration idiom: named by its object ("trying to get her to latch", "about
# this insurance", "over this claim"). A bare "trying", "about", "with" or "because of" is no object ("...trying to
# make the thoughts stop", "...about once a day now", "...with all my strength", "...because of the voices").
_TRYING_TO = ("get/figure/fix/understand/reach/find/work_out/sort/solve/decide/explain/convince/teach/learn/"
              "make_sense/make_it_work/make_this_work/get_through").split("/")
_VEXING = ("this/that/it/these/those/him/her/them/how/why/what/whether/which/work/insurance/the_insurance/my_insurance/"
           "the_claim/the_bill/bills/billing/paperwork/the_paperwork/the_schedule/scheduling/my_boss/the_pharmacy/"
           "the_daycare/daycare/the_latch/latching/breastfeeding/pumping/feeding/sleep_training/the_math/math/"
           "the_form/the_forms/the_system/my_husband/my_partner/my_mil").split("/")
VEXED_BY = "/".join(OVER_A_THING.split("/") + [f"trying_to_{goal}" for goal in _TRYING_TO]
                    + [f"{how}_{thing}" for how in ("about", "with", "because_of") for thing in _VEXING]
                    + [f"about_{whose}" for whose in ("my", "the", "our", "his", "her", "their", "your")]
                    + "figuring/to_figure/when_i_try/every_time_i_try/all_day_over/all_week_over".split("/")
                    + [f"{span}_trying_to_{goal}" for span in ("for_hours", "for_days", "for_weeks", "for_months",
                                                                "all_day", "all_week") for goal in _TRYING_TO])
# Things given away to be donated or sold ("gave away all my stuff to the thrift store") are decluttering, not a farewell.
DONATED_GUARD = ("!to_the_thrift_store/to_a_thrift_store/to_the_thrift/to_thrift/to_goodwill/to_the_goodwill/to_charity/"
                 "to_a_charity/to_the_church/to_a_shelter/to_the_shelter/to_donation/to_donations/to_the_donation/"
                 "to_a_donation/to_salvation_army/to_the_salvation_army/"
                 "for_donation/for_charity/for_free/on_marketplace/on_facebook/on_buy_nothing/"
                 "to_declutter/to_make_room/at_the_yard_sale/at_a_yard_sale/at_the_garage_sale/before_the_move/"
                 "before_we_move/because_we_are_moving/since_we_are_moving")
# "for when i'm gone to work", "after i'm gone for the weekend": a day away.
GONE_GUARD = ("!for/to/at/on/in/back/all_day/out/away/during/a/an/two/three/to_work/at_work/tomorrow/"
              "today/this/next/overnight/on_a/from/with/the_whole/longer_than/more_than/shopping/"
              "to_the/to_my/to_an/to_a")
DEATH_GUARD = "!of_my/of_a/of_her/of_his/of_our/of_the/rates/rate/certificate/toll/penalty/metal/star/anxiety"
ES_BABY = ("bebe/bebes/bebito/bebita/hijo/hija/hijos/hijas/nino/nina/ninos/ninas/recien_nacido/"
           "recien_nacida/chiquito/chiquita/nene/nena/pequeno/pequena/criatura/peque/baby/son/"
           "daughter/gemelos/mellizos")
ES_DIE = ("morir/morirme/morirse/morirte/muerta/muerto/matarme/matarse/matarte/suicidarme/"
          "suicidarse/desaparecer/no_despertar/no_despertarme/dejar_de_vivir/dejar_de_existir/"
          "quitarme_la_vida/quitarse_la_vida/acabar_con_todo/acabar_con_mi_vida/terminar_con_mi_vida/"
          "terminar_con_todo/irme_para_siempre/irme_de_este_mundo/no_existir/no_estar_aqui/"
          "dormir_para_siempre/no_volver_a_despertar/no_vivir/estar_muerta/estar_muerto/ya_no_estar/"
          "no_seguir_viviendo/ahorcarme/envenenarme/cortarme_las_venas/desaparecer_para_siempre/"
          "ir_para_siempre/ir_de_este_mundo/dormir_y_no_despertar/morir_ya/morirme_ya/"
          # round 30 review: "quiero eliminarme de este mundo"
          "eliminarme_de_este_mundo/eliminarme_del_mundo/eliminarme_de_la_faz_de_la_tierra/eliminarme_de_la_existencia/"
          "borrarme_de_este_mundo/borrarme_de_la_existencia")
# "me muero de sueño", "me quiero morir de la vergüenza": idioms.
ES_IDIOM = ("!de_risa/de_la_risa/de_verguenza/de_la_verguenza/de_hambre/de_sueno/de_calor/de_frio/"
            "de_amor/de_ternura/de_envidia/de_ganas/de_cansancio/de_aburrimiento/de_miedo/"
            "de_nervios/de_la_emocion/de_emocion/del_susto/de_susto/de_la_pena/de_pena/de_sed/"
            "de_tanto/del_cansancio/del_calor/del_frio/del_hambre/del_sueno/de_lo_cansada/"
            "de_lo_cansado/de_lo_feliz/de_lo_lindo/de_lo_bonito/de_lo_rico/en_el_intento/de_gusto/"
            "de_felicidad/de_alegria/en_el_parto/en_la_cirugia/en_la_operacion/durante_el_parto/"
            "durante_la_cirugia/durante_la_cesarea/durante_la_infusion/en_el_hospital/en_la_cesarea/"
            "por_un/por_una/por_probar/por_verte/por_ver/por_conocer/por_saber/por_ir/por_tener/"
            "por_comer/por_dormir/por_que_llegue/de_la_ternura/de_la_emocion/de_la_alegria/"
            # a short escape: "desaparecer un fin de semana", "de las redes"
            "un_fin_de_semana/el_fin_de_semana/este_fin_de_semana/un_rato/un_ratito/unos_dias/"
            "una_semana/una_hora/unas_horas/de_las_redes/de_redes/del_grupo/del_chat/de_vacaciones/"
            "a_la_playa/a_la_montana/al_spa/a_un_spa/de_la_casa_un_rato")
ES_WANT = ("quiero/quisiera/quiera/quieres/quiere/queria/quise/ganas_de/deseo/deseos_de/voy_a/"
           "pienso_en/pensando_en/pense_en/he_pensado_en/ha_pensado_en/piensa_en/pensado_en/"
           "me_gustaria/tengo_ganas_de/tiene_ganas_de/necesito/prefiero/preferiria/mejor/planeo/"
           "planeando/intentar/intente/trate_de/tratar_de/a_punto_de/tentada_de/tentado_de/decidi/"
           "idea_de/ideas_de/pensamientos_de/imagino/me_imagino/suena_bien/deberia/deseando/"
           "pensar_en/pensamiento_de")
ES_INTENT = ("puedo/podria/voy_a/quiero/quisiera/miedo_de/miedo_a/ganas_de/pienso_en/pensando_en/"
             "pensado_en/he_pensado_en/ha_pensado_en/piensa_en/pensaba_en/"
             "pense_en/pensamientos_de/pensamiento_de/imagino/me_imagino/imaginandome/impulso_de/"
             "impulsos_de/deseos_de/tentada_de/tentado_de/siento_que_voy_a/temo/que_me_dicen_que/"
             "me_dicen_que/dicen_que/me_dice_que/ideas_de/idea_de/capaz_de/a_punto_de/terror_de/"
             "panico_de/me_dan_ganas_de/me_da_miedo/intrusivos_de/intrusivos_sobre/que_voy_a/"
             "podria_llegar_a/llegar_a/quiere/tiene_miedo_de/tiene_ganas_de/pensar_en/"
             "siento_que_podria/creo_que_voy_a/me_veo/me_vi/la_urgencia_de/necesidad_de")
_ES_NOT_SELF_HARM = ("!el_pelo/el_cabello/las_unas/una_una/el_fleco/el_flequillo/las_puntas/el_dedo/la_mano/"
                     "con_papel/cocinando/las_cejas/un_poco_el/mi_pelo/mi_cabello/la_lengua/en_la/en_el/con_el/"
                     "con_la/sin_querer/por_accidente/accidentalmente/el_labio/la_barba/las_patillas/el_pie")
ES_HARM = ("lastimar/lastime/lastimo/danar/hacerle_dano/hacerle_danio/hacerle_mal/hacerle_algo/"
           "hacer_dano/hacer_algo/le_haga_dano/le_haga_algo/le_hago_dano/matar/mate/ahogar/ahogue/"
           "asfixiar/sofocar/estrangular/sacudir/zarandear/tirar/aventar/dejar_caer/golpear/"
           "pegarle/herir/apunalar/envenenar/deshacerme_de/abandonar/hacerle_algo_malo/lastimarle/"
           "quemar/asfixie/sacudi/zarandee/golpee/hurt/harm/kill")
ES_HARM_PRON = ("lastimarlo/lastimarla/lastimarlos/danarlo/danarla/matarlo/matarla/matarlos/ahogarlo/"
                "ahogarla/asfixiarlo/asfixiarla/sofocarlo/sofocarla/estrangularlo/estrangularla/"
                "sacudirlo/sacudirla/zarandearlo/zarandearla/tirarlo/tirarla/aventarlo/aventarla/"
                "dejarlo_caer/dejarla_caer/golpearlo/golpearla/herirlo/herirla/apunalarlo/apunalarla/"
                "envenenarlo/envenenarla/deshacerme_de_el/deshacerme_de_ella/abandonarlo/abandonarla/"
                "quemarlo/quemarla")
ES_POSS = "mi/el/al/la/nuestro/nuestra/este/esta/mis/los/las/a_mi/a_la/a_el/a_los/a_mis/a_nuestro/a_nuestra/a"
# "¿puedo hacerle daño a mi bebé si tomo ketamina?" asks about the medication.
ES_MEDIUM = ("!con_la/con_el/con_mi_leche/con_la_leche/con_ketamina/con_medicamentos/con_el_medicamento/"
             "con_la_medicina/con_las_pastillas/si_tomo/si_me/si_doy/si_le_doy/si_amamanto/al_amamantar/"
             "amamantando/dandole_pecho/por_la_leche/a_traves/mientras/durante/tomando/con_mis/"
             "con_el_tratamiento/con_la_infusion/por_tomar/por_el_medicamento")

# "jump straight to ketamine", "jump right to meds": a figure of speech (round 51, falarm51), guarded in both jump rules
JUMP_FIGURE = "straight_to/straight_ahead/straight_on/straight_back/straight_for/directly_to/right_to/right_on"

FAMILIES: dict[str, tuple[str, ...]] = {
    # Explicit suicidal thoughts, first or third person.
    "suicidal": (
        # Round 20: a height asked about "to be sure": "how high does a building need to be to be sure".
        "how_high/how_tall/how_many_floors/how_many_stories/how_many_storeys/what_floor/high_enough/tall_enough ~4 "
        "building/bridge/roof/rooftop/balcony/cliff/ledge/parking_garage/overpass/floor/floors/stories/storeys ~5 "
        "to_be_sure/to_make_sure/to_be_certain/for_sure/to_guarantee/guaranteed/to_not_survive/not_to_survive "
        "!it/its/it_is/that/she/he/they/we/you/the/my/her/his/of/about/i/if/whether/to/everything",
        # A place of death looking inviting: "the bridge is looking real inviting".
        "bridge/bridges/tracks/train_tracks/railroad_tracks/overpass/ledge/cliff/cliffs/rooftop/train_line "
        "~5 looking/looks/look/looked/seems/seeming/seemed/feels/feeling/sounds ~2 inviting/tempting/appealing",
        # Standing where a vehicle could hit me, hoping: "stand behind his truck when he's backing out and hope".
        "stand/standing/stood/walk/walking/lie/lying/laying/step/stepping/sit/sitting ~1 behind/in_front_of ~3 "
        "truck/car/van/suv/bus/train/tractor ~8 hope/hoping/wish/wishing/pray/praying ~3 "
        "does_not_see/doesnt_see/not_see/will_not_see/would_not_see/wont_see/hits/hit/runs_me_over/run_me_over/backs_over",
        # Seeing oneself (or her, him) hanging: "she sees herself hanging in the closet".
        "see/sees/seeing/saw/picture/pictures/picturing/pictured/imagine/imagines/imagining/imagined/visualize "
        "myself/herself/himself/themselves/themself ~1 hanging/hanged/hung "
        "!out/around/with/in_there/on/onto/up/the/a/some/pictures/laundry/curtains/decorations/lights/together/upside/from_the_monkey",
        # Asking the partner whether they would manage raising the children alone.
        "he/she/they/hed/shed/husband/partner/wife/boyfriend/girlfriend ~2 be? ok/okay/fine/alright/able_to/manage/cope "
        "~1 raising/raise/with_raising the/my/our/his/her/both? " + BABY + " ~1 alone/by_himself/by_herself/on_his_own/on_her_own/without_me/single_handedly",
        # The body found: "my body would be found before the baby wakes up".
        "my_body/my_corpse/my_dead_body ~2 would_be_found/will_be_found/be_found/been_found/is_found/was_found/gets_found/"
        "get_found/to_be_found/is_discovered/would_be_discovered/be_discovered "
        "!to/that/with/positive/negative/out/low/high/deficient/lacking/in_my_blood/in_the_test/in_the_scan",
        "not/never/nobody/no_one ~4 the_ones_to_find_me/the_one_to_find_me/the_one_who_finds_me/the_ones_who_find_me/"
        "the_first_to_find_me/the_one_who_found_me/the_ones_who_found_me",
        # A fatal accident wished for: "i hope the plane crashes on my work trip".
        "hope/hoping/wish/wishing/pray/praying the/my/our? plane/flight/airplane/car/bus/train/helicopter "
        "just/would/will/actually/really/finally? crashes/crash/goes_down/go_down/crashed/went_down/would_crash "
        "!investigation/victims/survivors/site/news/landing/course/test/test_dummy/sim/simulator/video/game",
        # A weapon kept close "not for protection".
        "knife/knives/gun/guns/pistol/revolver/razor/razors/blade/blades/rope/pills ~8 "
        "not_for_protection/not_for_safety/not_for_self_defense/not_for_defense/not_to_protect_me/not_to_protect_myself/"
        "not_for_intruders/not_for_burglars",
        # Round 19: an attempt told plainly ("swallowed everything in the medicine cabinet").
        "swallowed/swallow/took/downed/ate everything/all_the_pills/all_my_pills/every_pill ~2 in/from ~1 the/my? "
        "medicine_cabinet/medicine_cupboard/pill_cabinet/bathroom_cabinet/pill_box/pillbox",
        # The mind commanding a method: "my brain keeps saying jump", "the voice tells me to drown".
        "brain/head/mind/voice/voices/thoughts ~2 saying/says/say/telling_me/tells_me/tell_me/told_me/whispering/whispers "
        "~1 to? jump/drown/hang_myself/cut/die/end_it !in/into/on/rope/start/ahead/the_gun/the_line/through/up/over_the",
        # Wishing a brush with death had ended it: "wish the car accident had finished the job".
        "wish/wished/wishing ~6 had_finished_the_job/finished_the_job/had_killed_me/killed_me/had_taken_me/had_finished_me !of/on/before/in_time",
        # Not wanting oneself to exist, said with "me": "i don't want me to exist".
        "do_not_want/did_not_want/dont_want me/myself to exist/to_be_alive",
        # Peace pictured as one's own end: "the only peace I can picture is a funeral. mine."
        "only_peace ~6 funeral/grave/coffin/being_dead/death/dead",
        # One way out, and permanent: "there's only one way I can think of, and it's permanent".
        "only_one_way/one_way_out ~6 it_is_permanent/its_permanent/permanent_one/a_permanent/permanent_way/permanent_solution",
        # Leaving first, told as dying: "would it be selfish if I went first... like died I mean".
        "selfish ~1 if_i_died/if_i_was_gone/if_i_were_gone/if_i_was_not_here/if_i_were_not_here/if_i_was_not_around/if_i_ended_it",
        "if_i_went_first/if_i_go_first ~8 died/dead/die",
        # Affairs in order "before I go", "for when I'm gone".
        "tidying/tidy/tidied/organizing/sorting/affairs/passwords ~4 before_i_go/for_when_i_am_gone/before_i_am_gone "
        "!to/on/out/back/into/for/in/home/away/shopping/and/so/then",
        # A method looked up for reasons that are not the ordinary ones.
        "train_schedule/train_schedules/train_times/train_tracks/tracks/bridge/bridges ~2 for_reasons ~2 not/other_than",
        # Picturing oneself gone and taking the baby along: "when i picture myself gone i picture him gone too".
        "picture/pictured/picturing/imagine/imagined/imagining myself_gone ~8 him_gone/her_gone/them_gone/the_baby_gone",
        # round 30 review: the child taken along in one's death ("when I go, my little man comes with me", "if I die the
        # baby comes with me")
        "when_i_go/when_i_am_gone/when_i_die/if_i_die/if_i_go/when_i_leave_this_world/cuando_me_vaya/cuando_me_muera/"
        "si_me_muero/si_me_voy ~1 my/the/our/mi/el/la/mis/los ~1 " + BABY + "/little_man/little_guy/little_girl/"
        "little_boy/little_one/babies/kids/bebe/nino/nina/hijos/ninos ~1 comes/goes/is_coming/is_going/will_come/"
        "will_go/come/go/se_va/viene/se_viene/va ~1 with_me/too/conmigo/tambien",
        # Custody arranged "if anything happens to me".
        "if_anything_happens_to_me/if_something_happens_to_me/if_i_die/when_i_am_gone ~4 make_sure ~2 " + BABY
        + " ~1 goes_to/go_to/gets_raised/is_raised/lives_with/stays_with/ends_up_with",
        "suicide/suicidal/suicidally/suicidality/suicides/sucide/suiside/suicde/suicdal/sewerslide/"
        "sewer_slide/unalive/unaliving/unalived/unalives/kms/kys/ctb/self_delete/self_deleting/"
        "ideation/suicidio",
        # round 30: deleting oneself from a list, an app or an account is unsubscribing; only the world, existence
        # or someone's life as the object alarms (round 30 review)
        "delete/deleting/deleted myself/my_self !from/off/out_of/on/account",
        "delete/deleting/deleted myself/my_self from/off/out_of the/this/this_whole? world/earth/planet/existence/"
        "face_of_the_earth/everyones_life/everyones_lives/your_lives/their_lives/this_life/life/universe",
        "kill/killing/killed/kil/end/ending/ended/hang/hanging/hanged/shoot/shooting/drown/drowning/"
        "skull/coffin/grave/drowned/poison/poisoning/poisoned/suffocate/suffocating/smother/strangle/stab/stabbing/"
        "electrocute/gas/unalive/yeet/yeeting/offing/offed/overdose/murder/murdering/murdered " + SELF
        + " !in_the_foot/in_coffee/in_work/in_wine/in_chocolate/in_caffeine/in_tea/in_netflix/laughing/"
        "in_lotion/in_cream/in_butter/in_sunscreen/in_blankets/in_love/into_bed/onto_the_couch/"
        "onto_the_bed/into_the_pool/with_kindness/with_love/trying_to_keep/trying_to_get/"
        "trying_to_do/trying_to_make/trying_to_be_a_good/to_keep_up/working/at_work/at_the_gym/"
        "over_this_project/for_this_job",
        "to/wanna/want/just/could/will/ill/might/id/about_to/should/gonna/going_to off " + SELF,
        # (mend54) the writer joined on after a thing killed ("I want to kill the germs and myself", "...the germs. and me")
        "kill/kil/killed/murder/murdered/poison/poisoned/shoot/drown/strangle ~3 and/then/and_then " + SELF,
        "want/wanna/gonna/going_to/will/ill/could/about_to ~1 to? kill/kil/murder ~3 and/then/and_then me $",
        "kill/killing/killed/end/ending/hang/hanging/hanged/shoot/shot/drown/drowned/drowning/starve/"
        "starving/poison/poisoned/overdose/overdosed/unalive/offed " + THIRD_SELF,
        "!<toddler/baby/son/daughter/kid/child/boy/girl/newborn/infant/lo/ds/dd/twins/babies/kids/"
        "children/toddlers/accidentally/nearly/almost/practically "
        "hurt/hurting/harm/harming/harmed/cut/cutting/burn/burning/burned " + THIRD_SELF + " "
        + ACCIDENT_GUARD,
        "end/ending/ended/take/taking/took/taken/finish/finishing ~1 my/her/his/their/own ~1 " + LIFE
        + " !back/over/away/in_a_new/by_storm/into_my_own/hostage/and_run/savings/in_my_hands/in_my_own_hands/into_my_hands/insurance",
        "!<does_it/will_it/would_it/did_it/does_ketamine/will_ketamine/does_the_infusion/"
        "will_the_infusion/does_the_treatment/does_that/will_that/it_might/does_ketamine_make_you "
        + WANT + " to/about/of/on/that/i/on_how_to? ~2 " + DIE + " " + DIE_GUARD,
        "!<was/were/i_thought_i_was/scared_im/afraid_im/terrified_im/worried_im/scared_i_was/"
        "thought_i_was/like_i_was/feared_i_was/sure_i_was/convinced_i_was/felt_like_i_was "
        "going to ~1 " + DIE + " " + DIE_GUARD,
        # "be gone" is a death wish unless a time or a place follows ("be gone by 5", "for the day")
        "!<does_it/will_it/would_it/did_it/does_ketamine/will_ketamine/does_the_infusion "
        + WANT + " to/about/of/on/that/i/on_how_to? ~2 be_gone/be_gone_forever/be_gone_for_good "
        + GONE_GUARD + "/by/before/until/till/when/by_the_time/so_i_can/so_we_can/so_that/already/early/fast/quickly/soon_so/"
        "all/most/half/a_lot/most_of/half_of",
        "should_have_died/shouldve_died/should_of_died/should_have_just_died/wish_i_had_died/"
        "was_supposed_to_die/should_not_have_survived/shouldnt_have_survived/should_be_dead",
        "die/dead/gone/dying ~1 by_my_own_hand/by_suicide/by_my_hand",
        "end_it_all/ending_it_all/end_it_now/ending_it_now/end_it_tonight/ending_it_tonight/"
        "end_it_today/end_things_for_good/end_it_for_good/ending_things_for_good/end_my_suffering",
        "ready/want/going/plan/planning/about/decided/tempted/thinking/think/thought/considering/"
        "feel_like/felt_like/feels_like/keep_thinking_about/kept_thinking_about/cant_stop_thinking_about "
        "to/of/about? end/ending it/things/everything/myself !" + WITH_CHORE,
        # "kill me now", "i want someone to kill me", "wish a truck would kill me"
        "someone/somebody/anyone/anybody/god/please/plz/just/can_someone/could_someone/pls ~2 "
        "kill/kil/end ~1 me !at/in/with/off/for/lol/haha/because_the/at_work/this_baby_is",
        # round 38 review (C4): ...and said for real ("someone end me for real"), where "for" alone is an idiom's cause
        "someone/somebody/anyone/anybody/god/please/plz/just/can_someone/could_someone/pls ~2 "
        "kill/kil/end ~1 me for_real/for_reals/forreal/seriously/literally/literaly/i_mean_it/no_joke/not_joking",
        # ...and in Spanish said in earnest ("alguien mátenme, lo digo en serio"); the bare idiom is not read
        "alguien/que_alguien ~2 matenme/mateme/me_mate/me_maten ~3 en_serio/de_verdad/no_es_broma/no_estoy_bromeando",
        "!<ugh/omg/lol/oh/god/lord/jeez/seriously/haha/lmao kill/end me now/already/please/plz/pls $",
        "want/wish/wished/wishing/hope/hoping/praying/pray ~2 someone/somebody/something/a_car/a_truck/"
        "a_bus/god/the_universe ~2 would/could/to/will ~1 kill/end/take ~1 me/my_life",
        # an attempt told without its object: "i attempted last year", "she's attempted before"
        "i/ive/id/she/shes/he/hes/has/have/had/wife/partner/sister/friend/daughter/mom/husband/"
        "girlfriend/both ~2 attempted/attempt/attempts $/before/last/this/in/twice/once/multiple/"
        "a_few/several/years_ago/months_ago/weeks_ago/when/as_a/at_16/at_17/at_15/at_14/in_high_school/"
        "in_college/back_in/after/during/again/too/and/but/so/three_times/two_times/many_times/"
        "a_couple/already/recently/yesterday/tonight/today",
        # a goodbye and then silence: "she said goodbye and isnt answering"
        "goodbye/bye/good_bye/a_note/note/letter/goodbye_letter/goodbye_note/goodbye_text ~6 "
        "isnt_answering/not_answering/wont_answer/isnt_picking_up/not_picking_up/wont_pick_up/"
        "cant_reach/cant_get_ahold/cant_find_her/cant_find_him/phone_is_off/turned_off_her_phone/"
        "turned_off_his_phone/isnt_responding/not_responding/wont_respond/hasnt_answered/"
        "hasnt_responded/went_silent/stopped_answering/stopped_responding",
        "im_done/i_am_done/im_so_done/im_finished/im_out/i_give_up/cant_do_this_anymore/cant_anymore "
        "~2 goodbye/goodbye_everyone/bye_everyone/bye_forever/farewell/this_is_goodbye/love_you_all/"
        "tell_my_kids/tell_my_baby/tell_her_i_loved/tell_him_i_loved",
        # "im ending it", "istg im ending it tonight": no "want" needed when nothing follows, or
        # only a when (a relationship or a call is ended "with" someone, a lease "early")
        "im/ill/i_will/im_gonna/imma/im_just/ill_just/im_finally/im_really/i_am_really/"
        "im_actually/i_swear_im/i_swear_ill/im_definitely ~1 end/ending it/it_all/things/"
        "everything " + END_IT_GUARD,
        # an emoji for death in place of the word: "i want to 💀", "ready to ⚰"
        WANT + " to/about/of? ~1 skull/coffin/grave !emoji/lol/haha/lmao",
        "kill/killing me ~1 please/now_please/already_please",
        "let/letting me die", "just_let_me_die/let_me_die/let_me_go",
        "rather/better be? dead/die/not_exist/not_be_alive",
        "attempted/attempt/attempting/tried/try/trying ~2 suicide/to_kill_myself/to_end_my_life/"
        "to_end_it/to_off_myself/to_take_my_life/to_take_my_own_life/to_unalive_myself",
        "death/dying " + DEATH_GUARD + " ~4 relief/peaceful/answer/only_option/only_way/escape/easier/"
        "welcome/sounds_nice/sounds_good/appealing/comforting/calling/calling_me/tempting/tempts/"
        "solution",
        "think/thinking/thought/thoughts/obsessing/obsessed/fantasize/fantasizing/dream/dreaming/"
        "planning/plan ~1 about/of ~1 death/dying/my_death/my_own_death/being_dead/not_being_here/"
        "not_existing/not_being_alive/ending_it/ending_things/ending_my_life/taking_my_life/"
        "my_funeral/not_waking_up/killing_myself/offing_myself/suicide " + DEATH_GUARD,
        "want/wanted/wish/wanna/need/just_want/pray/hope it/everything/it_all/all_of_it/this_all/"
        "my_life/life/all_of_this/the_world ~1 to? ~1 go_dark/go_black/fade_to_black/fade_away/"
        "fade_out/go_away_forever/be_over_forever/go_quiet_forever/go_silent_forever/stop_forever",
        "want/wanted/wish/wanna/need/just_want/pray/hope it/everything/it_all/all_of_it/this_all/"
        "my_life/life/all_of_this ~1 to? ~1 end/stop/be_over/over/ended/stopped "
        "!for_a_bit/for_a_while/for_an_hour/for_a_minute/for_a_day/for_the_day/for_the_night/"
        "for_tonight_so/soon_so_i_can_sleep/already_so_i_can_sleep",
        "passive/active suicidal/si/ideation/thoughts",
        # "is it normal to have thoughts of killing yourself": "yourself" as anyone
        "thought/thoughts/think/thinking/want/wanting/wanted/urge/urges/feel_like/feeling_like/"
        "normal_to/ideas/idea/wish/wishing/fantasize/fantasizing ~2 of/about/to? ~1 kill/killing/"
        "hurt/hurting/harm/harming/end/ending/cut/cutting/unalive/unaliving ~1 yourself/urself/"
        "oneself/your_self/your_life/your_own_life/ones_life " + ACCIDENT_GUARD
        + "/trying/to_do/doing/over/for/with_work/at_work/to_please/to_make/to_keep/to_get",
        # the pain, or everything, to end for good
        "the_pain/this_pain/my_pain/the_suffering/this_suffering/my_suffering/the_hurt/everything/"
        "it_all/it/this/all_of_it/all_this/all_of_this/my_life/life/the_thoughts/the_darkness/"
        "the_noise/the_hurting ~1 to/would/could/will/just? end/stop/be_over/go_away/ended/stopped ~1 "
        "permanently/forever/for_good/once_and_for_all/for_ever/for_real_this_time",
        "end/ending/stop/stopping/finish ~1 the/my/this/all_the/all_of_the/all_this ~1 pain/"
        "suffering/hurting ~1 permanently/forever/for_good/once_and_for_all/for_ever",
        "end/ending ~1 the/this/all_the/all_of_the/all_this/her/his suffering "
        "!of/for_the/for_my/for_our/in_the/at_night/with_ketamine/with_treatment/with_the/from",
        "commit/commiting/committed/committing ~1 suicide/die/sudoku",
    ),
    # Passive wishes not to be alive, hopelessness, and feeling a burden.
    "passive": (
        # Round 55 (falarm55): a trifle's "killing me" with the hope that it does ("this heat is killing me and honestly I
        # hope it does", "el trabajo me está matando y ojalá lo haga"): the hyperbole taken up as a wish.
        # Round 56 (mend55): the killer is the trifle ("it/this/that"), never a person hoped to do something ("the
        # suspense is killing me, I hope she does"), and "ojalá que sí" is only "I hope so" ("ojalá que sí llueva").
        "killing/kill/kills/going_to_kill/gonna_kill me ~4 hope/wish/hoping/wishing/pray/praying it/this/that/"
        "it_actually/it_finally/it_just does/would/did/will/finishes_the_job/finishes_me_off "
        "$/and/but/so/i/im/tbh/honestly/ngl/fr/for_real/seriously/lol/lmao/haha/one_day/someday/eventually/soon/tonight/"
        "today/already/for_good",
        "me_esta_matando/me_mata/me_va_a_matar/me_estan_matando ~4 ojala/ojala_que/y_ojala/y_ojala_que "
        "lo_haga/me_mate/me_termine/lo_logre",
        # Leaving the world, said to be meant literally: "I want off this planet and not in a spaceship way".
        "want/wanna/need/get_me off this/the planet/earth/world ~2 not_in_a/and_not_in_a ~2 way",
        "dont/doesnt/didnt/no_longer/never/not/really_dont/dont_think_i/do_not_think_i/dont_think_that_i/dont_really_think_i ~1 want/wanna/wants/wanting/wish/wishes/"
        "feel_like/care_to to? ~1 be_alive/exist/be_born/be_anymore/stay_alive/be_on_this_earth/"
        "be_in_this_world/exist_anymore/live_anymore/be_here_anymore/survive/be_alive_anymore/"
        "go_on_living/keep_living/continue_living/breathe/be_a_person/live_in_this_world/"
        "live_on_this_earth/live_like_this/live_this_life/be_here_tomorrow/be_here_much_longer",
        "dont/doesnt/didnt/no_longer/never/not/really_dont/dont_think_i/do_not_think_i/dont_think_that_i/dont_really_think_i ~1 want/wanna/wants/wanting/wish/wishes/"
        "feel_like/care_to to? ~1 live/living " + LIVING_GUARD,
        "dont/doesnt/didnt/no_longer/never/not/really_dont/dont_think_i/do_not_think_i/dont_think_that_i/dont_really_think_i ~1 want/wanna/wants/wanting/wish/wishes/"
        "feel_like/care_to to? ~1 wake_up/wake/wake_up_again/wake_up_ever/ever_wake_up/wake_up_at_all/"
        "ever_wake_up_at_all/wake_up_at_all_anymore " + WAKE_GUARD,
        "dont/doesnt/didnt/no_longer/never/not/really_dont/dont_think_i/do_not_think_i/dont_think_that_i/dont_really_think_i ~1 want/wanna/wants/wanting/wish/wishes/"
        "feel_like/care_to to? ~1 come_up_for_air/resurface/come_back_up/surface_again/"
        "be_here/be_around !with/at_the/at_this/at_work/for_the/for_this/anyone/anybody/people/other_people/others/friends/crowds/"
        "on_this/in_this_house/in_this_town/in_this_job/in_the_hospital/when_he/when_she/when_they/"
        "for_that/today/this_weekend/at_christmas/for_christmas/for_the_holidays",
        "dont/doesnt/didnt/no_longer/never/not/really_dont/dont_think_i/do_not_think_i/dont_think_that_i/dont_really_think_i ~1 want/wanna/wants/wanting/wish/wishes/"
        "feel_like/care_to to? ~1 go_on/keep_going/carry_on/continue " + GO_ON_GUARD,
        "wish/wishes/wished/wishing/hope/hoping/hoped/pray/praying/prayed " + I + "? ~2 "
        "!<dont/do_not/wont/never/not " + WISHED + " !of_embarrassment/of_shame/laughing/of_laughter/"
        "from_embarrassment/of_boredom/of_cuteness",
        "wish/wishes/wished/wishing/hope/hoping/hoped/pray/praying/prayed " + I + "? ~2 "
        "not_wake_up/dont_wake_up/never_wake_up/wouldnt_wake_up/didnt_wake_up/wont_wake_up/"
        "never_woke_up/wouldnt_wake/didnt_wake/would_not_wake_up/dont_wake_up_at_all/"
        "wouldnt_wake_up_at_all/never_wake_up_at_all/not_wake_up_at_all " + WAKE_GUARD,
        "wish/wishes/wished/wishing/hope/hoping/hoped/pray/praying/prayed " + I + "? ~2 "
        "disappear/disappeared/could_disappear/could_just_disappear/could_vanish/could_just_vanish/"
        "vanish/just_vanish/just_disappear " + AWAY_GUARD,
        "hope/wish/pray/praying/wishing/hoping a/the? ~1 car/truck/bus/train/plane/semi/drunk_driver/"
        "meteor ~1 hits/hit/would_hit/will_hit/runs_over/would_run_over/kills/would_kill/crashes ~1 "
        "me/into_me/my_car",
        "god/jesus/lord ~1 take/takes/would_take/will_take/took me ~3 in_my_sleep/away/home/tonight/"
        "now/soon/instead/$",
        "better/easier/happier/fine/ok/okay/lighter/brighter/simpler/calmer/quieter/nicer/freer/"
        "less_stressful/more_peaceful ~1 off? ~1 without me/mommy/mom/mum " + AWHILE_GUARD,
        "better/easier/happier off dead/gone/not_existing/not_being_born/without_me/never_born",
        SOMEONE + " ~2 better_off/happier_off/easier_off " + BETTER_OFF_GUARD,
        SOMEONE + " ~2 better/happier/easier/safer ~1 with_someone_else/with_another_mom/"
        "with_a_different/with_a_better/with_another_mother/without_me/if_i_was_gone/if_i_left/"
        "with_a_mom/with_a_mother/with_a_real/with_a_good/with_a_normal/with_a_stable/with_their_dad/"
        "with_his_dad/with_her_dad/with_just_my_husband/with_just_their_dad/with_just_him/"
        "with_anyone_else/with_someone/with_somebody/with_adoptive/adopted/with_any_other/"
        "if_i_died/if_i_wasnt/if_i_werent/if_i_wasnt_here/with_a_new_mom/with_another_wife",
        "say/says/said/saying/thinks/think/thought/feels/felt/believes/believe/convinced/told_me/"
        "keeps_saying/tells_me/keeps_telling_me/insists ~5 better/easier/happier/safer ~1 off? ~1 "
        "without her/him/them",
        "better/easier/happier/fine/simpler/kinder/kindest/best/lighter/fairer/safer ~3 if " + I
        + "/she/he? ~1 " + DEADISH + "/stopped_existing/stopped_living/"
        "stopped_breathing/went_away_forever/never_came_back/just_went_away_forever",
        # "kinder to everyone if i just stopped" (stopped what? nothing ordinary is named)
        "better/easier/happier/fine/simpler/kinder/kindest/best/lighter/fairer/safer ~3 if " + I
        + "/she/he? ~1 just? stopped/stop " + STOPPED_GUARD,
        "if " + I + "/she/he? ~1 was/were/wasnt/werent/just/never ~1 gone/dead/not_here/not_around/"
        "never_born/never_here/gone_forever/not_alive/no_longer_here",
        "if " + I + "/she/he? ~1 died/disappeared/killed_myself/vanished/ended_it/was_gone/"
        "were_gone/wasnt_here/wasnt_around ~3 would/will/nobody/noone/anyone/everyone/wouldnt/"
        "who_would/it_would",
        "no/nothing/no_more/not_any/not_a/dont_have_any/dont_have_a/without_a/lost_my/lost_the/"
        "havent_got_a/zero/dont_see_any/cant_find_a/cant_find_any/cant_see_any/see_no ~1 "
        "reason/point/will/reasons/purpose/desire/motivation ~2 to/in/for? ~1 live/living/go_on/"
        "going_on/keep_going/be_alive/being_alive/life/stay/staying/exist/existing/be_here/being_here/"
        "wake_up/stay_alive/staying_alive/keep_living/continuing/carry_on/carrying_on/survive/"
        "surviving/be_around/anything_anymore/to_live " + GO_ON_GUARD.replace("/with_the/", "/"),
        "nothing/nobody/noone/no_one_left/nothing_left/nobody_left/noone_left ~1 to/worth "
        "live/living/stay_for/live_for/stay_alive_for/wake_up_for/go_on_for/keep_going_for/"
        "fight_for/be_here_for/stay_around_for/get_up_for",
        "life/living/existence/my_life/being_alive/being_me/everything ~1 isnt/not/aint/is_not/"
        "no_longer/never/wasnt ~2 worth/worthwhile/bearable/livable",
        "life/living/existence/my_life/being_alive/being_here/everything/the_future/my_future ~2 "
        "pointless/meaningless/not_worth/hopeless/unbearable/not_worth_living/isnt_worth_living/"
        "too_painful/too_hard_to_bear/a_punishment/torture/purposeless/over_for_me/no_longer_worth",
        "not/isnt/nt/aint/no_longer ~1 worth living/being_alive/staying_alive/existing/going_on/"
        "the_fight/waking_up_for/surviving/it_to_be_alive/being_here/fighting_for",
        "whats/what_is/wheres/whats_even/whats_really the point ~1 of/in ~1 " + LIFEISH + " "
        + GO_ON_GUARD,
        "whats/what_is/wheres/whats_even/whats_really the point ~1 of/in ~1 trying/fighting/"
        "waking_up/getting_up/getting_out_of_bed !to/with/early/at/for/so/in_the/on/every/again",
        "whats/what_is/whats_even/whats_really/what/wheres the point anymore/$/of_it_all/anyway_$",
        "want/wanna/wants/need/needs/just_want ~1 out ~1 of ~1 this/my/the ~1 life/world/existence/body",
        "want/wanna/wants/need/needs/just_want out !of/for/to/at/by/with/on/lol/haha/early/before/after/"
        "soon/when/in/from/now_lol/already_lol/of_here/of_this/of_the/of_my",
        "dont/doesnt/didnt/cant/no_longer/cannot/dont_even/cant_even/hardly see/seeing/sees ~1 "
        "the/any/a ~1 point/purpose/reason ~1 in/of/to/for_me_to ~1 " + LIFEISH
        + "/live/exist/stay/be_here/keep_going/go_on/stay_alive/be_alive/wake_up/keep_living " + GO_ON_GUARD,
        "dont/doesnt/didnt/cant/no_longer/cannot/dont_even/cant_even/hardly see/seeing/sees ~1 "
        "the/any/a ~1 point/purpose/reason anymore/$/of_it_all",
        "cant/unable_to/dont_think_i_can/cant_even/couldnt/not_able_to/no_longer_able_to/"
        "dont_know_how_to/dont_know_if_i_can/dont_want_to ~1 go_on/keep_going/do_this_anymore/"
        "do_it_anymore/take_it_anymore/take_this_anymore/take_any_more/take_anymore/live_like_this/"
        "keep_living/handle_life/do_life/continue_living/go_on_living/survive_this/"
        "keep_doing_this/do_this_much_longer/take_much_more/cope_anymore/cope_with_life/"
        "handle_it_anymore/be_here_anymore/exist_like_this/keep_on/carry_on/live_anymore/"
        "live_with_myself/live_with_this/bear_it_anymore/bear_this/stand_it_anymore/"
        "stand_being_alive/stand_myself/handle_this_anymore/fight_anymore/keep_fighting/"
        "keep_on_living/hold_on/hold_on_much_longer/hang_on/hang_on_much_longer " + GO_ON_GUARD,
        "so_over/over/done/im_done/so_done ~1 being_alive/existing/breathing/being_here_on_earth/"
        "this_life/my_life/living/life " + LIVING_GUARD + " " + LIFE_GUARD,
        # "i shouldn't be alive", "i should never have been born"
        I + "/she/he/maybe_i/people_like_me/someone_like_me/moms_like_me/mothers_like_me ~1 "
        "shouldnt/should_not/shouldnt_even/dont_deserve_to/should_never ~1 be/have_been/even_be? ~1 "
        "alive/born/living/exist/breathing/on_this_earth/in_this_world " + LIVING_GUARD,
        I + "/she/he/maybe_i/people_like_me/someone_like_me/moms_like_me/mothers_like_me ~1 "
        "shouldnt/should_not/shouldnt_even/should_never ~1 exist/live/be_here_anymore/be_around_anymore "
        + LIVING_GUARD,
        # "doesn't want to be a mother or alive"
        "dont/doesnt/didnt/no_longer/never ~1 want/wanna/wants/wish/wishes ~1 to? ~1 be ~4 or ~1 "
        "alive/be_alive/exist/live/be_here/living/here_anymore/alive_anymore",
        # "why am i still alive", "why did i even survive"
        "why ~1 am/do/did/was/must/should/would/does ~1 i/anyone ~1 even/still/ever/have_to? ~1 "
        "alive/breathing/exist/existing/born/be_born/survive/survived/bother_living/bother_to_live/"
        "keep_living/keep_breathing/get_to_live/deserve_to_live/still_alive/live/wake_up/woke_up "
        "!at/so_early/this_early/before/early/again_at/in_the_middle/after_only/during/every/each/"
        "when_the/at_night/on_my_day_off/so_early_again/with_a_headache/with_a/sick/tired/hungry/"
        "the_baby/the_kids/my_husband/everyone/to_this/to_that/to_the_sound/to_find/to_see",
        "waiting/just_waiting/waiting_around ~1 for ~1 death/the_end_of_my_life/it_all_to_end/"
        "my_life_to_end/god_to_take_me/the_day_i_die/my_turn_to_die/it_to_be_over_forever/"
        "my_time_to_come/the_end_to_come/my_heart_to_stop",
        # "made my husband promise to take care of her if something happens to me"
        "take_care_of/look_after/raise/care_for/watch_over/love/protect ~3 if/when/once/after ~1 "
        "something_happens_to_me/something_happened_to_me/im_gone/im_not_here/im_not_around/i_die/"
        "im_dead/i_dont_make_it/im_no_longer_here/i_dont_wake_up/i_dont_come_back",
        # "and it would all be over": an end the whole message leads to
        "and/then/so/until ~1 it/everything/this/its ~1 would/could/d/id/might/just ~1 "
        "all/finally/just/really? ~1 be_over/be_done/end/stop/be_finished !for_the_night/for_today/"
        "for_now/in_a_few/in_an_hour/in_a_minute/soon_lol/lol/haha/until/till/by/after/before/with/"
        "when/in_time/this_week/for_the_day/for_another",
        "want/wanna/wants/need/just_want/would_love/wish/hope/hoping/pray/praying/lowkey_want ~1 to? ~1 "
        "get_hit_by_a/get_hit_by/be_hit_by/get_ran_over/get_run_over/get_killed/get_murdered/"
        "get_in_a_car_accident/get_in_a_crash/get_into_an_accident/get_in_an_accident/crash_my_car/"
        "not_survive/get_sick_and_die/catch_something_and_die/get_in_a_fatal/be_in_a_fatal",
        # denial that names the act: "not saying i'd do it", "i'd never act on it"
        "not_saying_id_do_it/not_saying_i_would_do_it/not_that_id_do_it/not_that_i_would_do_it/"
        "not_that_id_ever_do_it/not_that_i_would_ever_do_it/not_saying_id_ever_do_it/"
        "not_saying_ill_do_it/not_saying_im_going_to_do_it/not_saying_id_do_anything",
        "act/acting/acted/actually_act ~1 on ~1 it/them/the_thoughts/these_thoughts/my_thoughts/"
        "those_thoughts/the_urges/my_urges/the_urge/the_impulse/the_impulses/the_voices/what_the_voices",
        # "i'm done 🔪🩸": death emoji after a farewell, or two of them together
        "im_done/so_done/done/bye/goodbye/this_is_it/cant_anymore/its_over/no_more ~1 "
        "knife/blood/rope/gun/pills/skull/coffin/grave/noose",
        "knife/blade/razor/gun/rope/noose/pills ~1 blood/skull/coffin/grave",
        "skull/coffin/grave ~1 knife/blade/razor/gun/rope/noose/pills/blood",
        # "i want to kiss myself": the phone's correction of "kill"
        "want/wanna/going/gonna/thinking_about/thought_about/plan/planning/should_just/need_to/"
        "just_want_to/im_going_to/about_to/ready_to ~1 to/about/of? ~1 kiss/kissing myself "
        "!<could/i_could/you_could/i_couldve/could_just",
        # "i'd be ok with not waking up"
        "ok/okay/fine/alright/happy/at_peace/content/cool/good/at_ease ~1 with ~1 not_waking_up/"
        "never_waking_up/dying/being_dead/not_being_here/not_existing/it_all_ending/not_being_alive/"
        "if_i_died/if_i_didnt_wake_up/if_i_never_woke_up/disappearing_forever/not_living/"
        "never_waking_up_again/not_waking_up_again/if_i_wasnt_here/if_it_all_ended/my_death",
        "tired/sick/exhausted/done/weary ~1 of/with ~1 living/life/my_life " + LIVING_GUARD + " "
        + LIFE_GUARD,
        "tired/sick/exhausted/done/weary ~1 of/with ~1 being_alive/existing/it_all/everything/"
        "this_life/being_me/breathing/existence/being_a_person/this_world/the_world/all_of_it/"
        "everyone_and_everything/fighting_to_stay_alive/fighting_to_live/trying_to_stay_alive/"
        "trying_to_live/staying_alive/fighting_for_my_life/trying_to_survive/fighting_to_survive/"
        "trying_to_keep_going/fighting_to_keep_going/surviving/existing_like_this/my_existence",
        "tired/sick/exhausted/done/weary ~1 of/with ~1 fighting/trying/waking_up/pretending/"
        "being_here/being_around !to/with/at/every/for/so/early/during/through/after/about/in/on/"
        "over/all_night/the_baby/my_husband/him/her/them/people/my_in_laws/for_feeds/this_early",
        I + "/she/he/shes/hes/feel/feels/felt/feeling/am/being/been/become/becoming/nothing_but/"
        "theyre/im/being_such ~2 a/such_a/the/an/just_a/only_a/nothing_but_a/total/huge/massive/big/"
        "complete/absolute/an_absolute/a_complete/a_total/a_huge/a_big/a_massive/nothing_but "
        "!financial/money/cost/costly/tax/financially ~1 "
        "burden/burdens/waste_of_space/waste_of_air/waste_of_oxygen/waste_of_life",
        "!<financial/money/tax/cost/costly/a_financial/huge_financial/big_financial/financially "
        "burden/burdens/burdensome to/on/for ~1 everyone/everybody/my_family/my_husband/my_partner/"
        "my_kids/my_baby/my_wife/my_parents/my_mom/my_loved_ones/our_family/them/others/people/you/"
        "him/her/us/the_family/the_people/those/my_children/my_boyfriend/my_girlfriend/society/"
        "the_world/all_of_you/my_friends/everyone_around_me/the_people_around_me",
        "disappear/vanish/go_away/leave/fade_away/disappearing/vanishing/fade/check_out/log_off/"
        "run_away/running_away/ran_away/walk_away/walking_away/drive_away/driving_away/slip_away/"
        "drift_away/walk_out/walking_out ~1 "
        "forever/for_good/permanently/and_never_come_back/and_not_come_back/without_a_trace/"
        "off_the_face_of_the_earth/and_never_return/and_never_be_found/into_the_void/and_not_wake_up/"
        "and_never_wake_up/and_never_be_seen",
        "no/not/never/dont/didnt/wont/wouldnt ~1 wake/waking/woke up ~1 again/anymore/ever_again/"
        "tomorrow/in_the_morning/the_next_day/from_it/ever",
        # "never open my eyes again", "don't want to see tomorrow"
        "never/not/dont_want_to/dont_wanna/wont_have_to/wish_i_didnt_have_to/hope_i_dont/hope_i_never ~1 "
        "open_my_eyes_again/open_my_eyes_ever_again/see_another_day/see_tomorrow/see_another_morning/"
        "see_the_morning/see_another_sunrise/make_it_to_morning",
        "sleep/asleep/go_to_sleep/fall_asleep/close_my_eyes/drift_off ~2 and? ~1 never/not/dont/wont/"
        "just_never/just_not ~1 wake/waking/woke/come_back/open_them_again/open_my_eyes/open_my_eyes_again "
        "!up_for_feeds/up_for_the/up_for_her/up_for_him/up_for_night/up_for_work/up_at/up_until/"
        "up_till/up_before/up_early/up_again_until/up_the_baby/up_the_kids/up_the_house/"
        "up_when_the/up_when_she/up_when_he/up_to_the/up_to_her/up_to_him/up_to_feed",
        "!<could/could_just/i_could/so_tired_i_could/tired_i_could/i_could_just "
        "go_to_sleep/fall_asleep/sleep/rest/nap ~1 forever/permanently/eternally/and_never_wake/"
        "and_not_wake/for_eternity",
        "want/wanna/wish/need/going/plan/ready/deserve/should/wants/wanted ~1 to? ~1 "
        "sleep_forever/go_to_sleep_forever/rest_forever/be_at_peace_forever/never_wake/stop_breathing/"
        "stop_my_heart/go_to_heaven/go_home_to_god/be_with_jesus/join_my_grandma/join_my_mom/"
        "join_my_dad/be_with_my_angel/permanently_sleep/sleep_and_never_wake",
        "eternal/permanent/dirt ~1 sleep/nap/rest/silence "
        "!deprived/deprivation/regression/schedule/training/issues/problems/debt/deprivated",
        "nobody/noone/no_body/not_one_person/nobody_would/noone_would/not_a_soul/who ~3 "
        "miss/care/notice/cry/mourn/come_to_my_funeral/even_notice/even_care/even_miss/would_miss ~2 "
        "if/when/that " + PERSON + "? ~1 gone/dead/died/disappeared/wasnt_here/werent_here/left/"
        "was_gone/were_gone/was_dead/killed_myself/killed_herself/didnt_wake_up/never_woke_up/"
        "ended_it/stopped_existing/disappear/die/vanished/wasnt_around/werent_around/was_not_here/"
        "didnt_exist",
        "nothing/nobody/noone/not_much ~1 left ~1 for_me/in_me/to_give/to_live_for/for_me_here/of_me "
        "!to_do/to_eat/to_say/to_buy/to_pack/to_clean/to_read/at_the/in_the/on_the/on_my_plate/"
        "on_the_list/to_worry_about/to_sign/to_pay",
        "nobody/noone/no_body/not_a_soul/not_one_person ~2 would/will/is_going_to/gonna/even/really "
        "~1 miss/notice/care_about/cry_for/mourn/remember me/if/when/$",
        "no_way_out/no_way_to_escape/only_way_out/way_out_is/only_escape_is/only_solution_is/"
        "no_escape/theres_no_escape/only_option_left/no_other_way_out/no_light_at_the_end",
        "dont/dont_really/no_longer/wouldnt/couldnt/doesnt/didnt/dont_even/wouldnt_even care "
        "if/whether " + PERSON + "? ~1 live/lived/die/died/wake/dead/wake_up/woke_up/survive/"
        "make_it/get_hit/got_hit/crash/crashed/disappeared/disappear/was_gone/am_gone/stopped_breathing",
        "wouldnt/would_not/dont/wouldnt_even/dont_even/honestly_wouldnt ~1 mind/care ~2 dying/"
        "died/if_i_died/if_i_didnt_wake_up/not_waking_up/if_i_was_gone/being_dead/"
        "if_something_happened_to_me/if_i_got_hit/getting_hit/if_a_car_hit_me/if_i_never_woke_up/"
        "if_i_disappeared/not_being_here/if_i_wasnt_here/if_it_all_ended/if_i_got_sick_and_died",
        "car/truck/bus/train/semi/plane ~1 hit/hits/ran_over/runs_over/kills/killed/would_hit/crashes "
        "me ~4 wouldnt/dont/not/wouldnt_even/dont_even/honestly/would_not ~1 care/mind/be_sad/"
        "be_upset/fight/be_the_worst",
        "deserve/deserves/deserved ~1 a_better/better ~1 mom/mother/mum/mommy/wife/parent/person/"
        "than_me/mama/mommy_than_me",
        "want/wanna/wants/wanted/wish/wishes/need/needs/just_want/just_wanna ~1 to? ~1 disappear/vanish/"
        "evaporate/cease_to_exist/stop_existing/not_exist "
        "!into/to_a/to_the/for_a_weekend/for_the_weekend/for_a_day/for_a_few/on_vacation/on_a/"
        "for_an_hour/for_a_bit/for_a_nap/for_an_afternoon/from_social_media/from_facebook/"
        "off_social_media/in_the_bath/for_a_couple/for_one/for_the_day/for_the_night/"
        "for_the_afternoon/under_the_covers/under_a_blanket/from_work/from_my_job/from_this_party/"
        "from_the_party/into_a_book",
        "goodbye/good_bye/farewell world/cruel_world/forever/for_good/to_everyone/to_the_world/"
        "everyone_i_love/to_all_of_you/my_loved_ones/everybody/everyone/to_my_family/my_family/"
        "to_life/life/my_babies "
        "!at/in/on/from/before/after/for_now/until/til/see_you/for_a_while/at_work/see_you_soon",
        "this_is/its/consider_this/this_will_be/heres/here_is ~1 goodbye/my_goodbye/farewell/"
        "my_farewell/my_last_message/my_final_message/my_last_goodbye/my_final_goodbye/"
        "the_last_time_you_hear_from_me/my_last_words/my_final_words/my_last_night/"
        "my_last_post/my_final_post/my_final_text/my_last_text",
        "my/her/his last/final words/goodbye/goodbyes/breath/night_alive/day_alive/night_on_earth/"
        "day_on_earth/message_to_you/letter_to",
        "wont/will_not/not_going_to/not_gonna/wont_be/not_going_to_be/might_not/may_not "
        "~1 be? here/around/alive ~1 much_longer/for_long/by_morning/after_tonight/anymore/"
        "to_see_tomorrow/to_see_my/for_much_longer/when_you_wake/when_he_wakes/when_she_wakes/"
        "for_christmas/for_her_birthday/for_his_birthday/for_my_kids/$",
        "ready/ready_now to go/leave/check_out/be_gone ~2 im_done/done/for_good/forever/goodbye/"
        "to_sleep_forever/to_heaven/home_to_god/now_goodbye",
        "be/being ~1 alive/around/here/living ~1 much_longer/for_much_longer/by_morning/"
        "after_tonight/to_see_tomorrow/to_see_christmas/to_see_her_birthday/to_see_his_birthday "
        "!<ill/id/ill_still/im_going_to/we_will/well/you_will/youll/they_will/theyll",
        "dont_think_ill/doubt_ill/dont_think_im_going_to/dont_think_id/not_sure_ill/wont/not/"
        "might_not/may_not/not_going_to ~1 be ~1 alive ~1 much_longer/"
        "for_much_longer/for_long/by_morning/after_tonight/next_week/tomorrow/anymore/$",
        # round 30: a week away told with its trip or a visit to move ("...next week, we're on vacation"); "alive" is
        # never a trip (round 30 review)
        "dont_think_ill/doubt_ill/dont_think_im_going_to/dont_think_id/not_sure_ill/wont/not/"
        "might_not/may_not/not_going_to ~1 be ~1 here/around ~1 much_longer/"
        "for_much_longer/for_long/by_morning/after_tonight/next_week/tomorrow/anymore/$ "
        "!were_on/we_are_on/on_vacation/out_of_town/for_work/to_reschedule/reschedule/please_reschedule/"
        "were_out/were_away/were_moving/were_traveling/were_going_on/were_going_to_be_away/were_going_to_be_out/"
        "we_are_out/we_are_away/we_will_be_away/we_will_be_out/we_are_moving/i_am_out/i_will_be_out/i_will_be_away/"
        "i_am_traveling/i_am_going_on/i_am_away/we_are_going_to_be_away/we_are_going_to_be_out/i_have_a/we_have_a/"
        "can_we_reschedule/can_we_move/can_i_reschedule/can_i_move/could_we_reschedule/could_we_move/"
        "were_going_on/we_are_going_on/were_going_to_be_away/were_going_to_visit/we_are_going_to_visit/"
        "were_going_to_my/were_traveling/traveling/travelling/visiting",
        "talking/talks/talked/talk/keeps_talking/writing/writes/wrote/joking/jokes/joked/posting/"
        "posts/posted/mentioned/mentions/rambling/obsessing ~1 about/of ~1 dying/death/suicide/"
        "killing_herself/killing_himself/killing_myself/ending_it/ending_things/wanting_to_die/"
        "not_being_here/being_dead/her_funeral/his_funeral/my_funeral/ending_her_life/"
        "ending_his_life/ending_my_life/not_wanting_to_live/not_wanting_to_be_here/"
        "disappearing_forever/going_to_sleep_forever/not_waking_up/overdosing/jumping/"
        "hanging_herself/hanging_himself/hurting_herself/hurting_himself/cutting_herself " + DEATH_GUARD,
        "wont/will_not/not_going_to ~1 be_alive/wake_up_tomorrow/make_it_through_the_night/"
        "make_it_to_tomorrow/survive_the_night/survive_tonight",
        "hate/hates/hating/hated/loathe/loathes ~1 living " + LIVING_GUARD,
        "hate/hates/hating/hated/loathe/loathes ~1 being_alive/existing/my_existence/being_born/"
        "that_i_was_born/that_i_woke_up/that_im_alive/that_i_exist/to_be_alive/that_im_still_here/"
        "that_im_still_alive/waking_up_alive/still_being_alive/every_second_of_being_alive",
        "give/giving/gave/given/ready_to_give up on ~1 life/living/myself/everything/it_all/"
        "being_alive/the_world/the_fight/staying_alive",
        "give/giving/gave/given/ready_to_give up life/living/the_fight/on_life/on_living",
        "dont/cant/no_longer/cannot/couldnt/dont_even/cant_even see/imagine/picture ~2 future/"
        "a_way_out/any_way_out/way_out/another_way_out/an_end_to_this/the_light/any_light/"
        "a_way_forward/any_hope/myself_being_here/myself_alive/myself_surviving/"
        "myself_getting_better/myself_in_a_year/myself_living/myself_here/a_tomorrow/"
        "myself_making_it/myself_getting_through/myself_growing_old/myself_at_her/myself_at_his/"
        "myself_in_the_future/myself_next_year/myself_lasting/myself_being_around/myself_still_here "
        "!with_him/with_her/with_them/with_my_husband/with_my_partner/with_my_boyfriend/with_this_man/"
        "where_i/at_this_job/at_my_job/at_work/in_this_job/in_this_town/in_this_house/in_this_city/"
        "for_my_career/for_us_as/for_this_relationship/for_my_marriage/for_this_job/without_my/"
        "without_her/without_him/without_them",
        "want/wanna/wish/need/ready/going/wants/wanted/just_want ~1 to? give_up_on_life/"
        "give_up_on_living/give_up_on_everything/quit_life/quit_living/log_off_forever/"
        "stop_being_alive/not_be_a_person/not_be_on_this_earth/leave_this_earth/"
        "leave_everyone_behind_forever/be_free_from_this_life",
        "feel/feels/felt/feeling ~2 better_off/happier/easier ~1 dead",
        "made/make/making/makes ~1 my/her/his? peace ~2 with ~1 dying/death/being_dead/it_all_ending/"
        "not_being_here/leaving_this_world/ending_it/going_to_sleep_forever/not_waking_up",
        "life/my_life/living/everything/existence ~1 has/holds/lost/have ~1 no/its/all/any? ~1 "
        "meaning/purpose/point/value/reason_to_continue",
        "easy/easier/better/simpler/best/peaceful/nice/relief ~3 to ~1 just? end_it/end_it_all/end_things/die/not_be_here/"
        "disappear/be_dead/not_wake_up/kill_myself/not_exist/give_up_on_life/end_my_life/go_to_sleep_forever "
        "!with_him/with_her/with_my/now_with/with_the/early/quickly/now_and/at/on/in_the/after/"
        "for_a/for_an/for_the/into/to_a/on_vacation/from_social_media/from_facebook/from_work/"
        "under_the_covers",
        "only_way/only_option/only_solution/only_escape/only_thing_left/only_way_out/only_answer ~6 "
        "die/dying/death/end_it/end_it_all/kill_myself/suicide/not_be_here/disappear/end_my_life/"
        "be_dead/not_exist/not_wake_up/overdose",
        "dont/doesnt/no_longer/never deserve/deserved/deserves to ~1 live/be_alive/exist/be_here/"
        "be_on_this_earth/breathe/wake_up/keep_living",
        "dont/doesnt/cant/no_longer/never/not see/imagine/picture/think ~1 i/ill/im/myself/she/shell "
        "~1 will/going_to/gonna/can? ~1 make_it/last/survive/be_around/be_here/be_alive/live ~1 "
        "through_the_night/through_this/much_longer/another_day/another_week/another_month/"
        "another_night/one_more_night/one_more_day/another_hour/tonight/the_weekend/"
        "to_her_birthday/to_his_birthday/to_christmas/past_this/to_tomorrow/until_tomorrow/"
        "until_morning/the_night/the_week/the_year/long/to_see/much_more/any_longer/$",
        "pointless/worthless/meaningless/hopeless ~1 to? ~1 live/be_alive/exist/keep_living/go_on",
        # "everyone would move on quickly if i died"
        "would/will/wouldnt/gonna ~2 move_on/get_over_it/forget_me/forget_about_me/be_fine/be_okay/"
        "be_ok/not_care/not_notice/carry_on/be_relieved/be_happier/be_better/be_better_off/"
        "barely_notice/not_even_notice/be_just_fine/cope/manage/survive/not_miss_me ~2 if/when/once "
        "i/im ~1 died/die/was_gone/were_gone/gone/dead/disappeared/killed_myself/wasnt_here/"
        "left_forever/was_dead/didnt_wake_up/never_woke_up/ended_it/stopped_existing/wasnt_around",
        # "i want to stop fighting it", "i want to give up"
        "want/wanna/wants/ready/going/about/feel_like/feeling_like/just_want/need/tempted/decided "
        "to? ~1 give_up/giving_up/stop_fighting/quit_fighting/stop_fighting_it/let_go/letting_go/"
        "throw_in_the_towel/tap_out/surrender " + GIVE_UP_GUARD,
        # "nothing matters anymore", "soon it won't matter"
        "nothing/none_of_it/none_of_this/life/anything/it ~1 matters/matter/means_anything/"
        "feels_real ~1 anymore/any_more/at_all_anymore/to_me_anymore",
        "soon/tomorrow/after_tonight/by_tomorrow/shortly/in_a_few_days/in_a_week ~2 it/none_of_this/"
        "nothing/none_of_it/none_of_that ~1 wont/will_not/isnt_going_to/wouldnt ~1 matter/"
        "be_a_problem/be_my_problem/matter_anymore/matter_at_all !how/if/what/whether/when/"
        "which/who/where/much",
        # "i have been planning my death"
        "planning/planned/plan/plotting/scheduling/preparing_for/prepare_for/prepared_for/"
        "getting_ready_for/picking_out/writing ~1 my/my_own ~1 death/suicide/exit/way_out/ending/"
        "last_day/final_day/departure/last_words/final_words/final_goodbye/last_goodbye "
        "!from/strategy/interview/interviews/from_my_job/plan_from/at_work",
        # "i'm ready to go", "ready to check out": said of leaving life
        "im/i_am/i_think_im/i_feel/i_feel_like_im/i_think_i_am/i_just_feel/honestly_im/and_im/"
        "im_just/im_so/im_really ~1 ready_to_go/ready_to_leave/ready_to_check_out/ready_to_be_gone/"
        "ready_to_die/ready_to_be_done "
        "!to/home/back/out/for/on/and_get/and_pick/when/at/in/with/shopping/see/meet/start/try/get/"
        "pick/after/as_soon/once/now_lets/soon_lets/whenever/by/tomorrow/this/next/the_hospital/"
        "the_clinic/the_appointment/the_park/the_store/the_gym/the_doctor/the_beach/the_party/first/"
        "for_my/into/with_ketamine/lol/haha/yay/finally/again/already_lol/with_treatment/with_this/"
        "my_husband/my_bags/bags/work/the_hospital/hospital/labor/ill/can_i/can_we/do_i/what/when_is/"
        "is_there/how/whats/thanks/thank/our/we/she/he",
        # "i'm just taking up space"
        "im/i_am/feel_like_im/like_im/just/im_just/me/am_i/all_i_do_is/i_just ~1 taking_up_space/"
        "wasting_space/wasting_air/wasting_oxygen/taking_up_air/using_up_oxygen/using_up_air "
        "!in_the/in_your/in_my/on_the/at_the/in_this_group/in_the_group/in_the_chat/in_here",
        # "would anyone even come to my funeral", "picturing my own funeral"
        "!<late_to/late_for/be_late_to/be_late_for/its/it_is/thats/that_is/grandmas/play_this_at/"
        "play_that_at/played_at/play_it_at/this_song_at/that_song_at/song_at/sing_at/dance_at/"
        "wear_at/play_at/this_at/that_at/"
        "grandpas/moms/dads my_funeral/my_own_funeral/my_obituary/my_eulogy/my_memorial_service/"
        "my_memorial/my_wake !playlist/song/songs_lol",
        # "i don't know how much longer i can keep pretending i want to be here"
        "pretend/pretending/pretended/faking/fake ~2 i? want/wanna/like/love/enjoy/care_about ~1 to? "
        "be_here/live/being_alive/being_here/be_alive/living/life/to_live/my_life/existing",
        "dont_know_how_much_longer/dont_know_how_long/not_sure_how_much_longer/not_sure_how_long/"
        "no_idea_how_much_longer/no_idea_how_long/wonder_how_much_longer/how_much_longer ~3 "
        "can/i_can/ill_be_able_to/i_will_be_able_to/i_could/im_able_to/i_will ~2 keep_going/go_on/"
        "live/be_here/hold_on/hang_on/survive/keep_living/keep_pretending/take_this/stay_alive/"
        "last/fight/do_life/keep_fighting/stay/exist/keep_existing/be_alive/live_like_this",
        # "ending it seems like the only option"
        "ending_it/end_it/ending_it_all/end_it_all/ending_things/end_things/ending_my_life/"
        "end_my_life/dying/death/suicide/killing_myself/kill_myself/not_being_here/disappearing/"
        "not_waking_up/going_to_sleep_forever/not_existing/being_dead "
        "!with/with_him/with_her/with_my/with_the/of/of_my/of_a/of_her/of_his/rates/rate/at_work/"
        "from/in/on/of_the/by/after/certificate ~3 seems/feels/is/looks/sounds/seem/feel/look/sound/"
        "seeming/feeling ~2 like? ~1 the/my/a? ~1 only_option/only_way/only_answer/only_solution/"
        "only_way_out/best_option/best_solution/answer/solution/only_choice/only_escape/way_out/"
        "relief/peaceful/appealing/tempting/easier/better/right/the_answer/so_nice/nice/comforting/"
        "like_relief/like_a_relief/so_peaceful/easiest/only_thing_left",
        # "would it hurt to die from pills", "is dying of an overdose painful"
        "hurt/hurts/painful/be_painful/peaceful/quick/slow/painless ~1 to ~1 die/overdose/od/"
        "hang_myself/hang/bleed_out/drown/die_from/die_by/die_of "
        "!my_hair/your_hair/her_hair/hair/eyebrows/lashes/roots/to_know/to_try/to_see/laughing/of_embarrassment",
        "die/dying/death/dead ~2 from/by/of/on/with ~1 a/an? ~1 " + MEANS + "/overdose/od/hanging/"
        "drowning/jumping/bleeding_out/an_overdose ~3 painful/hurt/hurts/peaceful/quick/slow/"
        "painless/feel_like/take_long/how_long/feel/instant",
        "cant/cannot/wont/not_going_to/dont_think_i_can/dont_know_if_i_can/not_sure_i_can/"
        "cant_even/dont_think_i_will/doubt_i_can/doubt_ill ~1 survive/make_it_through/live_through/"
        "last/live/hold_on/hang_on ~1 another/one_more ~1 day/night/week/month/morning/hour/minute "
        "!without_sleep/without_help/with_no_sleep/of_no_sleep/of_colic/of_her_screaming/"
        "of_his_screaming/of_pumping/of_night_feeds/of_this_colic/without_coffee/on_no_sleep/"
        "at_this_job/at_work/with_my_in_laws/with_my_mother_in_law/in_this_house/in_the_nicu/"
        "in_the_hospital",
        # "i can't anymore" (the words after "can't" left out)
        I + "/im_done/done/honestly ~1 cant/cannot/just_cant/really_cant/can_not anymore/any_more/no_more",
        # "my son deserves a mom who isn't me"
        "deserve/deserves/deserved ~1 a/another/someone/somebody ~1 mom/mother/mum/mommy/mama/wife/"
        "parent/better/else ~1 who_isnt_me/that_isnt_me/other_than_me/who_is_not_me/not_me/than_me/"
        "instead_of_me/who_isnt_broken/who_isnt_a_mess/who_can_actually",
        "deserve/deserves/deserved ~1 so_much? better_than_me/someone_better/somebody_better/"
        "someone_else/more_than_me/better_than_this_mom/better_than_a_mom_like_me",
        # "the world would keep spinning without me", "everyone would be better without you"
        "would/will/could/can/wouldnt/gonna ~2 keep_spinning/go_on/keep_going/carry_on/move_on/manage/"
        "survive/get_by/not_notice/not_even_notice/forget_me/forget_about_me/barely_notice/"
        "be_just_fine/get_over_it ~1 without me/my_existence "
        "!for_a/for_the/for_an/for_one/for_two/for_a_few/at/while/during/tonight/this_weekend/"
        "for_the_weekend/for_the_day/for_an_hour/at_the/for_few/for_some/for_3/for_2/for_24/"
        "for_48/for_this/if_i_go/if_i_went/if_i_get/if_i_start/if_i_do/when_i_go/when_im_at/"
        "when_i_return/when_i_go_back/once_i_go_back/going_to/getting",
        "everyone/everybody/the_world/their_family/your_family/your_kids/your_baby/people/they ~2 "
        "better/better_off/happier/easier/fine ~1 off? without_you/if_you_were_gone/if_you_died/"
        "if_you_were_dead/if_you_werent_here/if_you_werent_around "
        "!for_a/for_the/at/while/during/tonight/for_an/for_one/for_a_few",
        # "i won't be a problem for anyone much longer"
        "wont/not_going_to/not_gonna/wont_be/will_not/soon_i_wont/shortly_i_wont ~1 be? ~1 a_problem/"
        "a_burden/a_bother/in_your_way/in_anyones_way/in_the_way/bothering_anyone/your_problem/"
        "anyones_problem/a_problem_for_anyone/anyones_burden ~3 much_longer/for_long/"
        "for_much_longer/anymore/soon/after_tonight/after_today/any_longer/$",
        # "i think it's time for me to go", said at the end or with a farewell
        "its/it_is/thats/i_think_its/maybe_its/now_its time_for_me_to_go/my_time_to_go/"
        "time_to_say_goodbye/time_i_go/time_for_me_to_leave/time_to_go_for_good/time_for_me_to_check_out "
        "!to/to_bed/to_sleep/home/back/out/for/and_feed/and_pump/and_get/and_make/and_pick/now_baby/lol/haha/feed/pump/shower/nap/sleep/get/"
        "pick/bed/see/check/start/try/into/in/with/on/off/down/upstairs/downstairs/too/talk/"
        "goodnight/now_goodnight/bye_for_now/ttyl/thanks/thank_you/see_you/im_tired/its_late/"
        "its_getting_late/the_baby_is_up/baby_is_up/she_is_up/he_is_up/shes_up/hes_up/to_work/"
        "my_husband_is_home/my_ride/hubby/my_husband_is_here",
        # "i have nothing left"
        "ive/i_got/ive_got/i_have/i_just_have/i_honestly_have/i_really_have/im_left_with/theres/"
        "there_is nothing/no_one/nobody/noone ~1 left "
        "!to_eat/to_pump/to_feed/to_wear/to_say/to_do/to_pay/to_read/to_buy/to_pack/to_clean/"
        "for_dinner/for_the/for_her/for_him/for_the_baby/in_the/in_my/in_our/in_stock/of/on/at/"
        "after/but/money/formula/milk/over/from/over_from/to_try/to_lose_weight",
    ),
    # Self-harm.
    "self-harm": (
        # Round 20: starving oneself to fade away: "eating nothing on purpose ... fade away ... until it's done".
        "eating_nothing/not_eating/stopped_eating/starving_myself/starve_myself/not_eating_anything/barely_eating "
        "~9 fade/fade_away/fade_out/waste_away/wither_away/disappear/vanish/die "
        "!the/my/her/his/off/for_a/into/of/from/inside/faster",
        "fade/fade_away/fade_out/waste_away/wither_away ~9 until_it_is_done/until_it_is_over/until_i_am_gone/"
        "until_there_is_nothing_left/until_nothing_is_left/for_good/permanently",
        # Biting or slapping oneself until it leaves marks.
        "i/ive/im/i_have/i_am ~3 biting/bite/bit/slapping/slap/slapped/hitting/punching/scratching/clawing "
        "my_hands/my_hand/my_own_hands/my_own_face/my_face/myself/my_arms/my_arm/my_wrists/my_legs/my_thighs/my_cheeks "
        "~9 teeth_marks/marks/bleeds/bleed/bleeding/bruises/bruised/welts",
        # Starving oneself to fade out: "she hasn't been eating... because she wants to fade out and die".
        "fade/fade_out/fade_away/waste_away/wither_away/starve ~1 and_die/and_be_gone/until_i_die/until_she_dies/until_he_dies",
        "!<will_i/could_i/can_i/might_i/would_i/should_i/you/not_to/how_not_to/accidentally/"
        "i_accidentally/by_accident/nearly/almost/she_accidentally/he_accidentally "
        "hurt/hurting/hurted/harm/harming/harmed/cut/cuting/cutting/punish/"
        "punishing/punished/hit/hitting/starve/starving/starved/bruise/bruising/injure/injuring/"
        "injured/mutilate/mutilating/bite/biting/claw/clawing/punch/punching/slap/slapping/choke/"
        "choking/strangle/stab/stabbing/carve/carving/scar/scarring/poison/poisoning/"
        "hurtin/hurts/cuts/hits/slice/slicing/scald/scalding/bleed/bleeding " + SELF + " "
        + ACCIDENT_GUARD,
        "!<will_i/could_i/can_i/might_i/would_i/should_i/you/not_to/how_not_to "
        "burn/burning/burned/burnt/burns " + SELF + " " + ACCIDENT_GUARD + "/out/out_at/out_with/"
        "out_doing/out_trying/out_working",
        "self_harm/selfharm/self_harming/self_harmed/self_injury/self_injure/self_injuring/"
        "self_injurious/self_mutilation/self_mutilate/self_mutilating/self_hurt/self_destruct/nssi/"
        "self_inflicted/self_harmer/sh_urges/sh_urge/sh_again/sh_scars/sh_relapse/relapsed_on_sh/"
        "relapsed_sh/clean_from_sh/sh_clean/sh_wounds/urges_to_sh/urge_to_sh/want_to_sh/"
        "wanna_sh/sh_thoughts/the_urge_to_sh/autolesion/autolesiones/autolesiono/autolesionarme/"
        "autolesionandome/autolesionarse/autolesiva/autolesivo",
        "been/started/start/starting/thinking_about/thought_about/think_about/urge_to/urges_to/"
        "want_to/keep/back_to/relapsed/relapse/tempted_to/went_back_to/need_to/have_to/going_to/"
        "stop/stopped/quit/quitting/addicted_to/urge/urges/crave/craving/helps/the_only_thing/need/"
        "resist/resisting/hide/hiding/thoughts_of/urge_to_start/cant_stop/wanna/itching_to/"
        "dying_to/fantasize_about/used_to/use_to cut/cutting/burning_myself/cut_again/"
        "cutting_again " + CUT_NEXT,
        "cutting/cuting/burning/harming/hurting_myself/sh/self_harming/cut/cuts again/deeper/"
        "more_often/every_day/every_night/tonight/last_night/worse",
        "cutting/cuting/burning/scratching !back/down/out/up/ties/corners/costs/class ~2 helps/help/only_thing/only_way/"
        "makes_me_feel/calms/numbs/releases/relief/relieves/feels_good/feel_something/the_pain/"
        "is_how_i_cope/is_my_coping/is_the_only",
        # not a baby's nails trimmed "without cutting her skin"
        "!<nails_without/nail_without/nails_and_not/nails_but_not/clippers_without/clipper_without "
        "cut/cutting/cuting/slit/slitting/slash/slashing/slice/slicing/carve/carving/open/opening/"
        "burn/burning/cuts/cuted ~1 my/her/his/open_my/up_my wrist/wrists/arms/arm/legs/thighs/thigh/"
        "skin/veins/vein/stomach/hips/belly/forearm/forearms/ankles/throat",
        I + "/she/he? ~1 deserve/deserves/deserved ~1 pain/to_hurt/to_suffer/to_be_hurt/"
        "to_feel_pain/to_bleed/to_be_punished/to_be_in_pain/the_pain/to_rot/to_be_cut/to_burn",
        "bleed/bleeding/bled on_purpose",
        "hurt/harm/cut/burn/hit/hitting/slam/slammed/slamming/burned/burnt/bit/bite/punched/punch/"
        "scratched/starve/starving/starved/bang/banged/banging/scald/scalded/pinch/pinched/"
        "bruised/bruise/cutting/burning/hurting/harming/scratch ~7 on_purpose/deliberately/"
        "intentionally/to_punish_myself/to_feel_something/so_i_can_feel/to_feel_pain",
        "keep/hide/hiding/hidden/carry/stash/stashed/bought/buy/got/have ~3 razor_blade/razor_blades/"
        "blade/blades/razors ~3 for/in_case/to_cut/just_in_case/when/under/in_my",
        "razor_blade/razor_blades/blade/blades/razor/razors/knife/knives/scissors/glass/lighter/"
        "box_cutter/pencil_sharpener/sharpener ~4 skin/arms/arm/wrist/wrists/thighs/thigh/veins/"
        "cut_myself/cutting_myself",
        "scratch/scratching/scratched/pick/picking/picked/punch/punching/punched/claw/clawing/"
        "clawed/bite/biting/bit/hit/hitting/bang/banging/banged/pinch/pinching/pinched/scrub/"
        "scrubbing/scrubbed/dig/digging/dug/rub/rubbing/rubbed/pull/pulled/pulling/rip/ripped/ripping/"
        "tear/tore/tearing/yank/yanked/yanking/myself ~6 until/till/til/untill ~3 "
        "bleed/"
        "bleeds/bled/bleeding/bruise/bruises/bruised/blood/raw/it_hurts/i_cant_feel/they_bleed",
        "dig/digging/dug/dig_my/press/pressing/push/pushing ~1 my? ~1 nails/fingernails/nail ~2 "
        "into/in ~2 my? ~1 skin/arms/arm/legs/thighs/wrists/palms/flesh",
        "bang/banging/banged/smash/smashing/smashed/slam/slamming/slammed/hit/hitting ~1 my "
        "head ~2 against/into/on ~2 wall/walls/floor/door/table/desk/steering_wheel/mirror "
        "!" + VEXED_BY + "/"
        "reaching/by_accident/accidentally/getting_up/standing_up/bending/when_i_stood/when_i_bent/"
        "getting_out/getting_in/getting_into/getting_off/climbing/turning_around/in_the_dark/when_i_got/as_i_got/"
        "for_hours_trying/for_days_trying/for_weeks_trying/for_months_trying/all_day_trying/all_week_trying/"
        "when_i_turned/when_i_slipped/when_i_tripped",
        "make/made/making/makes myself bleed/bleeding/hurt/suffer/bruise/burn",
        "hide/hiding/hid/cover/covering/covered/conceal ~2 cuts/scars/burns/bruises/wounds/"
        "fresh_cuts/the_cuts/my_cuts/my_scars",
        "cuts/scars/burns/wounds/bruises/scratches ~1 on/all_over/up/down my/her/his ~1 arms/"
        "thighs/wrists/legs/arm/thigh/wrist/stomach/hips/forearms/skin/ankles/body",
        "fresh/new/deep/deeper/self_inflicted cuts/scars/wounds/cut ~3 on_my/again/today/tonight/"
        "last_night",
        "want/wanna/need/urge/urges/going/have/craving/crave ~1 to? feel_pain/feel_physical_pain/"
        "see_blood/bleed/feel_the_pain/feel_something_physical/hurt_myself/hurt_so_bad/"
        "feel_the_blade/see_myself_bleed/make_myself_bleed",
    ),
    # Plans and means, said directly or indirectly.
    "means": (
        "going_to/gonna/want_to/wanna/will/ill/about_to/ready_to/plan_to/planning_to/tempted_to/"
        "thinking_of/thinking_about/think_about/should/could/might/should_just/could_just/"
        "urge_to/need_to/wish_i_could/decided_to/im_going_to/considering/consider/tried_to/try_to/"
        "trying_to/almost/wants_to/going_to_just/gonna_just/shes_going_to/hes_going_to/"
        "thought_about/thought_of/dreaming_of/fantasize_about/might_just/feel_like/felt_like/"
        "talking_about/talks_about/talked_about/mentioned/joking_about/joked_about/keeps_talking_about ~1 "
        + TAKE + " ~1 all/all_my/all_the/all_of/every/" + STRONG_AMOUNT + " ~3 " + MEANS,
        "if_i/what_if_i/to/just/ill/i/id/should_i/could_i/she/he/shes/hes ~1 " + TAKE + " ~1 "
        + STRONG_AMOUNT + " ~3 " + MEANS,
        TAKE + " ~1 all/all_the/all_my/all_of/every ~3 " + MEANS + " ~3 will_i_die/would_i_die/"
        "kill_me/and_die/and_not_wake_up/to_die/would_it_kill_me/would_i_wake_up/and_never_wake_up/"
        "would_that_kill_me/could_i_die/and_end_it/is_it_enough",
        "took/taken/swallowed/downed/popped/ate/swallowing/chugged/swallow ~1 a_whole/"
        "the_whole/an_entire/the_entire/a_handful/handfuls/too_many/way_too_many/enough/a_bunch_of/"
        "all_of/a_lot_of/every_single/a_bottle_of/a_full_bottle_of/half_a_bottle_of ~2 "
        + MEANS + "/bottle/of_my/of_her/pills "
        # round 51 (falarm51): "the dog ate a whole bottle nipple": a part of a baby bottle, or milk in it
        "!nipple/nipples/niple/niples/warmer/warmers/brush/brushes/cap/caps/lid/lids/top/tops/ring/rings/valve/valves/"
        "of_milk/of_formula/of_breastmilk/of_breast_milk/of_juice/of_water/of_ketchup/of_sauce/of_bubbles",
        # "i just took all my pills" (not "all my pills for today")
        "i/just/she/he/wife/already/finally/and ~1 took/swallowed/downed/popped/ate/chugged/swallow "
        "all/every/every_one_of/every_last_one_of ~1 my/her/his/the/of_my/of_her/of_the/those/these "
        "~1 " + MEANS + " !for_today/today/this_morning/for_the_day/on_time/as_prescribed/"
        "like_i_should/like_im_supposed_to/with_breakfast/with_food/with_dinner/with_lunch/this_week/"
        "for_the_week/yesterday/correctly/every_day/on_schedule/this_month/for_once/at_the_right/"
        "for_this_week/for_this_month/before_the/before_my/after_the/in_the_morning/at_night_like/"
        "except/but_one/but_the/out/out_of/to_the/with_me/to_my/back/off/in_my/from",
        "all/whole_bottle_of/bottle_of/handful_of/bunch_of/rest_of ~1 my/the/these/those/of_my/"
        "of_the ~1 " + MEANS + " ~1 at_once/together/tonight/now/in_one_go/at_the_same_time/"
        "and_go_to_sleep/and_sleep/with_wine/with_vodka/with_alcohol/with_whiskey/and_never_wake_up/"
        "and_end_it/and_be_done",
        "stockpile/stockpiling/stockpiled/hoard/hoarding/hoarded/stash/stashing/stashed/squirrel/"
        "squirreling/squirreled/saving_up/saved_up/save_up/accumulating/accumulate/accumulated/"
        "counting_out/counted_out/lined_up/lining_up/line_up/set_aside/putting_aside/put_aside/"
        "hiding_away/hid_away/socking_away ~3 " + MEANS
        + " !for_the_week/for_tomorrow/in_a_pill_organizer/in_the_organizer/into_the_organizer/"
        "for_travel/for_the_trip",
        "collecting/collect/collected/gather/gathering/gathered/building_up/hiding/hid/saving/saved/"
        "save/count/counted/counting ~2 " + MEANS + " !from_the_pharmacy/"
        "from_pharmacy/from_cvs/from_walgreens/at_the_pharmacy/from_the_kids/from_my_kids/"
        "from_the_baby/from_my_toddler/away_from/for_the_week/for_tomorrow/in_a_pill_organizer/"
        "in_the_organizer/into_the_organizer/in_my_purse/in_the_cabinet/in_the_fridge/out_of_reach/"
        "high_up/locked/in_a_lockbox/in_a_safe/for_travel/for_the_trip/in_the_car/at_work/"
        "in_my_bag/in_the/in_a/in_my/at_the_pharmacy/at_cvs/at_walgreens/at_the_store/for_my_trip/"
        "for_vacation/for_the_month/for_refills/for_the_refill/on_a/into/up_high/to_make_sure/"
        "to_check/to_see/money/for_later_use/in_case_of_a_headache/in_case_i_get_sick/"
        # round 38 review: the count checked against a trip or a week ("is it enough for the trip?")
        "is_it_enough_for/is_that_enough_for/are_they_enough_for/enough_for_the/enough_for_a/enough_for_my/"
        "to_last/for_the_weekend/to_pack",
        MEANS + " ~2 saved/stockpiled/hoarded/stashed/saved_up/collected/lined_up/laid_out/"
        "counted_out/in_my_hand/in_front_of_me/next_to_me/beside_me/all_counted",
        "overdosed/overdosing/overdoseing/oded",
        "bottle_of/bottles_of/handful_of/stash_of/pile_of/enough/stockpile_of ~1 " + MEANS
        + " ~2 ready/waiting/to_do_it/to_end_it/to_die/to_kill_me/to_kill_myself/to_overdose/"
        "to_not_wake_up/to_never_wake_up/in_my_hand/beside_me/next_to_me/here_with_me/with_me/"
        "on_the_nightstand/saved/set_aside/hidden/stashed/in_front_of_me/counted/tonight",
        "looking/staring/look/stare/stared/keep_looking/been_looking/been_staring ~1 at ~2 "
        "medicine_cabinet/pill_bottle/pill_bottles/my_meds/my_medication/all_my_pills/bridges/bridge/cliffs/"
        "rooftops/the_tracks/train_tracks/tall_buildings/overpasses/the_edge/the_ledge/the_rope/"
        "the_pills/the_gun/my_pills/the_knife/the_razor/the_knives/knives/the_razors/razors/razor_blades/the_razor_blades/"
        "the_blades/the_noose/a_rope/ropes/my_gun/his_gun/the_bottle_of_pills/my_sleeping_pills",
        "!<can/could/would/will/should/do/does/did/might/may " + I
        + "/she/he/shes/hes might/could/will/would/should/want_to/wanna/gonna/going_to/plan_to/"
        "planning_to/almost/nearly/tried_to/wants_to/just/may/is_going_to/decided_to/might_just/"
        "could_just/am_going_to/was_going_to/ready_to/tempted_to/thinking_of/thinking_about? "
        "overdose/o_d/od/odd/oding !<possible/able/easy/hard/difficult/risk/chance/likely/unlikely "
        + OD_GUARD,
        "!<possible/able/easy/hard/difficult/risk/chance/likely/unlikely/possibility/way/how/safe "
        "to/want_to/wanna/gonna/going_to/about_to/planning_to/plan_to/tempted_to/decided_to/"
        "ready_to/trying_to/tried_to/wants_to overdose/od/odd/oding/o_d " + OD_GUARD,
        "overdose/od/odd/o_d on ~2 " + MEANS + "/my/all/her/his/purpose/everything/pills",
        "!<does_ketamine_have_a/does_ketamine_have/ketamine_has_a/does_the_infusion_have_a/"
        "does_spravato_have_a/does_esketamine_have_a/is_ketamine_a "
        "lethal/deadly/fatal/killing/suicidal/life_ending dose/doses/amount/dosage/amounts/quantity/"
        "quantities/dose_of/amount_of",
        "dose/doses/amount/dosage/mg/milligrams/much/many ~3 lethal/fatal/deadly/kill_me/"
        "kill_a_person/kill_someone/to_die/would_kill/will_kill/to_kill_me/to_overdose/could_kill/"
        "kill_an_adult/kill_a_grown/to_not_wake_up/to_never_wake_up/to_end_it",
        "how_many/how_much ~3 " + MEANS + "/it/of_my/of_these/of_them ~3 kill/die/take_to_die/"
        "lethal/to_overdose/fatal/would_kill/to_die/kill_me/kill_you/to_not_wake_up/"
        "to_never_wake_up/deadly/kill_a_person/end_it/to_end_it/to_od " + DIE_GUARD,
        "how_many/how_much ~3 " + MEANS + " ~3 would/does/will/did/do/it_would/it_will/it_does/"
        "itd/itll ~1 it/you/i/one/me? take " + DOSE_GUARD,
        # "been looking up how much tylenol it takes"
        "how_many/how_much ~3 " + MEANS + " ~2 it_takes/it_took/takes/would_do_it/would_be_enough/"
        "is_enough/are_enough/it_would_need/would_do_the_job/does_the_job " + DOSE_GUARD,
        "how_many/how_much " + MEANS + " ~2 too_many/too_much/is_too_much/is_too_many/are_too_many/"
        "is_fatal/is_lethal/are_lethal/is_an_overdose/is_deadly/are_deadly/would_be_too_many "
        "!while/when/for/per/in_a_day/a_day/per_day/daily/in_24/with/at_once_for/to_take_with/"
        "if_im/if_i/during/postpartum/after",
        # "keeps talking about wanting to jump": jump with nothing after it, or "off something"
        "want/wants/wanted/wanting/wanna/urge/urges/tempted/thinking_about/thought_about/"
        "think_about/going/gonna/ready/plan/planning/decided ~1 to? ~1 jump/jumping "
        "!in/into/on/onto/over/up/around/rope/ropes/at/for/with/higher/high/to_conclusions/ship/"
        "start/right/through/back/across/down/the_queue/the_line/the_gun/out_of_bed/out_of_my_skin/"
        "aboard/ahead/to/from_the_couch/off_the_couch/off_the_bed/off_the_sofa/off_the_stairs/"
        "off_the_step/off_the_steps/off_the_bench/off_the_diving/off_the_slide/off_the_swing/"
        "off_the_wall/off_the_table/off_the_chair/like/when/every/whenever/out_of_the_way/"
        "trampoline/puddles/waves/and_play/and_dance/and_down/for_joy/the_fence/the_puddle/"
        "the_waves/rope_with/out_and_scare/out_and_surprise/the_car/start_the/off_a_diving/"
        "off_the_dock/off_the_boat/off_a_boat/off_the_pier/off_the_rock/off_the_rocks/"
        "out_of_the_plane/out_of_a_plane/out_of_a_perfectly/from_a_plane/out_of_an_airplane/"
        # round 51 (falarm51): "jump straight to ketamine", "jump right to meds" is a figure of speech
        + JUMP_FIGURE,
        "jump/jumping/jumped/leap/leaping/leapt/throw_myself/throwing_myself/threw_myself/"
        "yeet_myself/fling_myself/launch_myself/fall ~1 off/from/out/out_of/over ~2 bridge/building/"
        "roof/rooftop/balcony/cliff/window/ledge/overpass/parking_garage/tower/top_floor/stairwell/"
        "dam/waterfall/railing/the_edge "
        # round 51 (falarm51): "he'd jump off a bridge for me" is devotion, said of someone
        "!for_me/for_you/for_us/if_you_asked/if_i_asked/if_she_asked/if_he_asked/if_they_asked",
        "jump/jumping/jumped/leap/leaping/throw_myself/throwing_myself/threw_myself/step/stepping/"
        "stepped/walk/walking/walked/lie/lying/lay/laying/dive ~1 in_front_of/under ~2 train/truck/"
        "bus/car/semi/subway/tram/lorry/traffic/a_train/a_truck/a_bus/a_car/the_train",
        "jump/jumping/jumped/throw_myself/throwing_myself/step/stepping/stepped/walk/walking/walked/"
        "wander/wandering ~1 into/out_into ~1 the/a? ~1 traffic/oncoming_traffic/highway/freeway/"
        "river/lake/ocean/sea",
        "lie/lying/lay/laying/lie_down/lay_down ~1 on ~1 the/a? ~1 tracks/train_tracks/railroad/"
        "railway/highway/freeway",
        "bridge/roof/cliff/ledge/rooftop/overpass/balcony/train_tracks/railroad/tracks/building/tower/"
        "top_floor/parking_garage ~7 jump/jumping/jumped/end/ending/end_it/throw_myself/"
        "thought_about_it/thought_about_jumping/thought_about_doing_it/considered_it/considered_jumping/"
        "was_tempted/felt_tempted/felt_the_pull/wanted_to_jump/almost_did_it/almost_jumped/"
        "nearly_jumped/how_easy_it_would_be/how_easy/how_far_down/how_high_it_is/"
        "throwing_myself/leap/keep_thinking/thinking_about_it/calling/calling_me/drawn_to/pulled/"
        "staring_down/looking_down/tempting/tempts_me/to_end/to_die/i_would_jump/id_jump/"
        "on_my_mind/in_my_head/in_my_thoughts/keeps_coming_back/wont_leave_my_head",
        "think/thinking/thought/picture/picturing/imagine/imagining/dream/dreaming/drawn/staring/"
        "stare/fixated/obsessing/obsessed ~1 about/of/at/to/on? ~2 the/that/a/my/our ~1 "
        "bridge/ledge/cliff/train_tracks/tracks/railroad/rooftop/overpass/gun/guns/rope/noose/pills/"
        "knife/knives/razor/blade/blades/pill_bottle/medicine_cabinet/bottle_of_pills "
        "!i_missed/i_forgot/i_have_to_take/i_take/for_my/for_the/in_the_kitchen/we_bought/for/"
        "i_need/to_cut",
        "standing/sitting/stood/sat/parked/standing_right/sitting_right/im_on/im_at/on_top_of ~1 "
        "on/at/near/by/in? ~1 the/a/this ~1 bridge/ledge/overpass/railing/tracks/"
        "train_tracks/cliff/edge_of_the_bridge/edge_of_the_roof/edge_of_a_cliff/edge_of_the_cliff/"
        "top_of_the_building/top_floor/platform_edge/edge_of_the_platform "
        "!watching/with_the_kids/with_my_family/with_the_baby/taking_pictures/taking_photos/"
        "for_the_fireworks/for_the_parade/to_watch/waiting_for_the_bus/waiting_for_the_train/"
        "for_the_view/enjoying",
        # the roof alone may have a chore done on it: "I'm on the roof fixing the gutters"
        "standing/sitting/stood/sat/parked/standing_right/sitting_right/im_on/im_at/on_top_of ~1 "
        "on/at/near/by/in? ~1 the/a/this ~1 roof/rooftop "
        "!watching/with_the_kids/with_my_family/with_the_baby/taking_pictures/taking_photos/"
        "for_the_fireworks/for_the_parade/to_watch/for_the_view/enjoying",
        # a place of a plan visited or returned to: "drove to the bridge last night and sat
        # there", "i keep going back to the tracks" (not passing over it on the way to the clinic)
        "drove/drive/driving/went/go/going/walked/walk/walking/keep_going/keep_driving/ended_up/"
        "found_myself/went_back/going_back/go_back/climbed/climbing ~1 to/up_to/out_to/onto/on/"
        "back_to/up_on/up ~1 the/a/that/our ~1 bridge/cliff/ledge/train_tracks/tracks/railroad/"
        "rooftop/roof/overpass/cliffs/edge/top_of_the_parking_garage/parking_garage ~4 "
        "sat/sit/sitting/stood/stand/standing/stared/staring/looked_down/looking_down/looked_over/"
        "thought/thinking/alone/at_night/last_night/tonight/again/at_2am/at_3am/at_4am/"
        "in_the_middle_of_the_night/couldnt/almost/nearly/didnt_come_back/for_hours/by_myself/"
        "and_cried/and_waited/$",
        "throw/throwing/threw/yeet/yeeting/hurl/hurling/fling/flinging/launch " + SELF + " ~1 "
        "off/from/in_front_of/under/out/down/onto/into/out_of ~2 bridge/building/roof/balcony/cliff/"
        "window/train/tracks/traffic/overpass/ledge/river/lake/ocean/sea/stairs/truck/bus/car",
        "walk/walking/walked/swim/swimming/wade/wading/drive/driving/sink/sinking ~1 into/out_into/"
        "out_to/out_in/in ~1 the/a? ~1 ocean/sea/lake/river/water/waves/bay ~3 and_not/never/"
        "and_never/forever/not_come_back/until/drown/and_dont/and_disappear/and_keep_going/"
        "and_never_stop/til_i/until_i/and_let_go",
        "drive/driving/drove/crash/crashing/crashed/swerve/swerving/steer/steering/wrap/veer/"
        "veering/speed/speeding/accelerate ~2 into/in_front_of ~2 a/the? tree/wall/traffic/"
        "oncoming/pole/barrier/guardrail/truck/semi/overpass/ditch/embankment/median/concrete/"
        "oncoming_traffic/lamppost/building/train/river/lake"
        # round 38 review: "a wall of traffic/sound/water" is a figure
        " !of_traffic/of_sound/of_water/of_noise/of_fog/of_rain/of_snow/of_people/of_cars/of_heat/of_text/of_tears/"
        "of_exhaustion/of_grief/of_sleepiness/of_tiredness",
        "drive/driving/drove/swerve/veer/speed ~1 off ~1 a/the ~1 bridge/cliff/overpass/edge/"
        "embankment/pier/dock",
        "want/wanna/wants/going/thinking_about/think_about/thought_about/tempted/urge/urges/plan/"
        "planning/could/might/just/keep_thinking_about/considering/picture/picturing/imagine/should/"
        "would/gonna/going_to/urge_to/feel_like/i_should/i_could/wanna_just ~1 to? "
        "drive/driving/crash/crashing/swerve/swerving/steer/steering/wreck/wrecking ~3 off ~1 the/a ~1 "
        "road/highway/cliff/bridge/overpass/pier/edge/freeway/mountain",
        "crash/crashing/wreck/wrecking/swerve/swerving ~3 on_purpose/deliberately/"
        "intentionally/and_end_it/and_not_survive/and_make_it_look",
        "noose/nooses",
        "bottle_of/bottles_of/handful_of/stash_of/pile_of/box_of/all_my/all_these/all_of_my/"
        "whole_bottle_of/enough ~1 " + MEANS + " ~6 thinking_about_it/thinking_of_it/considering_it/"
        "tempted/tempting/calling_me/keep_thinking_about_it/cant_stop_thinking_about_it",
        MEANS + "/razor/razors/razor_blade/blade/blades/knife/knives/gun/pistol/rope/belt/noose/"
        "bridge/ledge/tracks/pill_bottle ~8 keep_looking_at_it/keep_looking_at_them/"
        "keep_staring_at_it/keep_staring_at_them/cant_stop_looking_at_it/cant_stop_looking_at_them/"
        "cant_stop_staring_at/staring_at_it/staring_at_them/keeps_calling/calling_to_me/"
        "tempting_me/is_tempting_me/so_tempting/cant_stop_thinking_about_it/keeps_calling_me/"
        "think_about_it_every/think_about_it_all_the_time/think_about_using_it/"
        "thought_about_using_it/think_about_it_constantly",
        # "i know how much would do it", "i have my insulin and i know how much it would take"
        "how_much/how_many ~1 would_do_it/would_kill_me/is_lethal/would_be_lethal/would_be_fatal/"
        "would_be_enough_to/it_would_take_to_die/it_takes_to_die/to_take_to_die/it_would_take_to_not",
        MEANS + " ~8 know/figured_out/worked_out/calculated/researched/looked_up/counted ~2 "
        "how_much/how_many ~2 it_would_take/would_take/it_takes/i_need/id_need/i_would_need/"
        "is_enough/would_be_enough " + DOSE_GUARD,
        # "bought a lot of sleeping pills, more than i need"
        MEANS + " ~6 more_than_i_need/more_than_i_needed/more_than_i_should/more_than_ill_ever_need/"
        "more_than_i_will_ever_need/more_than_anyone_needs/enough_to_not_wake_up/enough_to_do_it/"
        "enough_to_end_it/enough_to_kill",
        "bought/buy/buying/got/ordered/picked_up/stocked_up_on/getting ~3 several_bottles_of/"
        "multiple_bottles_of/bottles_of/extra_bottles_of/a_few_bottles_of/three_bottles_of/"
        "two_bottles_of ~1 " + MEANS + " !for/for_the/for_my/for_postpartum/to_keep/to_have/in_case_of/"
        "at_costco/on_sale/from_costco/at_target/at_walmart/at_cvs/at_the",
        # Letters to everyone, or a note left where it will be found
        "write/writing/wrote/written/been_writing/writen ~1 !<thank_you/thankyou/thank/christmas/"
        "birthday/cover/love/recommendation/reference/complaint/appeal/dispute/holiday "
        "letters/notes/goodbye_letters/goodbye_notes/last_letters ~1 to/for ~1 everyone/everybody/"
        "all_of_them/each_of/my_kids/my_children/my_family/all_my/my_loved_ones/the_people_i_love/"
        "each_of_my/my_babies/my_husband_and_kids/my_husband_and_the_kids "
        "!for_their_birthday/for_her_birthday/for_his_birthday/for_christmas/to_open_on/"
        "for_when_they_turn/for_their_first/for_the_holidays/thanking/to_thank/for_the_baby_shower/"
        "about/for_school/for_daycare/for_the_time_capsule/for_a_time_capsule/every_year/each_year/"
        "on_their_birthdays/for_their_18th/for_valentines/at_work/at_the/in_the/on_their/who_helped/"
        "that_helped/who_came/who_sent/for_the_gifts/for_the_flowers/for_the_meals",
        "left/leaving/leave/wrote/written/write/writing ~1 a/the/my ~1 note/letter ~1 on_the_counter/"
        "on_the_table/on_the_kitchen_table/on_the_bed/on_the_pillow/on_my_pillow/on_the_fridge/"
        "on_the_nightstand/on_the_dresser/on_my_desk/for_everyone/for_my_family/for_my_kids/"
        "for_them/for_everybody/for_my_loved_ones/for_my_husband_and_kids "
        "!for/about/with/to_remind/reminding/so_he/so_she/so_my/so_hubby/explaining_the/telling_him/"
        "telling_her/asking/of/listing/to_feed/to_pick/to_buy/to_call/to_take/to_get/to_give/"
        "with_the/with_instructions/with_feeding/with_the_schedule/about_the/about_her/about_his/"
        "on_how/on_when/for_the_babysitter/for_the_nanny/for_the_sitter/for_daycare/"
        "and_went_to_the/and_went_out/and_left_for/and_went_shopping/and_went_to_work/"
        "and_went_for/and_went_to_my/and_went_to_bed",
        # "is 20 ambien enough"
        "is/are/would/will_be/would_be/is_it/are_they/how_about/what_about ~1 10/12/15/20/25/30/"
        "35/40/45/50/60/70/75/80/90/100/150/200/ten/twenty/thirty/forty/fifty/sixty/a_hundred ~1 "
        + MEANS + " ~1 enough/lethal/fatal/deadly/too_many/gonna_kill/going_to_kill/kill/do_it "
        "!for/to_work/to_help/to_treat/to_stop/to_get/to_feel/to_make/to_knock/to_sleep/to_last/"
        "a_day/per_day/a_month/per_month/for_a/for_the/until",
        # "made sure the life insurance is paid up"
        "made_sure/make_sure/making_sure/checked/checking/double_checked ~2 life_insurance ~3 "
        "paid/pays/in_order/covers/will_pay/is_paid/paid_up/goes_to/would_pay/up_to_date/current",
        "life_insurance ~3 pays/pay/covers/cover/payout/pay_out ~1 suicide/if_i_die/if_i_kill/"
        "out_if_i_die/out_for_suicide/if_its_suicide/on_suicide/if_i_killed",
        # "make it look like an accident"
        "make/making/made ~1 it/my_death/this/everything/mine ~1 look/seem ~1 like ~1 an/a? ~1 "
        "accident/natural/natural_causes/an_accident/a_car_accident/a_heart_attack/overdose",
        # "been reading about what happens if you take too much tylenol"
        "reading/read/researching/researched/googling/googled/looking_up/looked_up/searching/"
        "searched/read_up_on/reading_up_on/looking_into/looked_into/research ~2 about? ~1 "
        "what_happens_if/what_happens_when/what_would_happen_if/whether/if/how_long ~3 "
        "take/took/taking/swallow/od/overdose ~1 on? ~1 too_much/too_many/all/a_whole_bottle_of/"
        "a_bottle_of/an_entire_bottle_of/all_of_my/all_my/the_whole_bottle_of/way_too_much/"
        "way_too_many/a_lot_of ~1 " + MEANS,
        "what_happens_if/what_would_happen_if/what_happens_when ~1 you/i/someone/a_person/she/he "
        "~1 take/took/swallow/swallowed/swallows/takes ~1 a_whole_bottle_of/a_bottle_of/"
        "an_entire_bottle_of/all_of_my/all_my/the_whole_bottle_of/all_the/all_of_the/all_of_her ~1 "
        + MEANS,
        MEANS + " ~3 all_of_them/every_last_one/every_single_one/the_whole_lot/"
        "all_of_it ~2 tonight/now/right_now/at_once/at_the_same_time/and_go_to_sleep/"
        "and_sleep/and_never_wake_up/in_one_go/together/with_wine/with_vodka",
        # "the car could just go off the road"
        "could/would/might/should/just/keep_thinking/want/wanna/imagine/picture/picturing/"
        "imagining/tempted ~3 go/going/drive/driving/veer/veering/swerve/swerving/run/running/"
        "roll/rolling/crash/crashing/steer/steering ~1 off_the_road/off_the_bridge/off_a_cliff/"
        "off_the_cliff/off_the_overpass/off_a_bridge/into_a_tree/into_traffic/into_oncoming_traffic/"
        "into_the_river/into_a_wall/into_the_lake/into_a_pole/into_the_median "
        "!in_the_snow/in_this_snow/on_the_ice/in_the_ice/in_the_rain/in_this_weather/"
        "if_i_fall_asleep/from_exhaustion/because_im_so_tired/from_tiredness/if_im_tired/"
        "if_i_doze_off/on_black_ice",
        # "how long it takes to bleed out", "how fast would i drown"
        "how_long/how_fast/how_quickly/how_much_time ~4 bleed_out/bled_out/to_die/drown/to_suffocate/"
        "suffocate/stop_breathing/to_stop_breathing/die_from/to_die_from/"
        "to_lose_consciousness/to_pass_out_from_blood_loss/to_overdose/od/it_takes_to_die "
        "!<baby/the_baby/my_baby/a_baby/babies/newborn/infant/plant/plants/battery/phone/cells/virus/"
        "bacteria/fish/goldfish",
        # "how long does it take to hang": round 54 (falarm54) and mend54, a thing hung up is not a person ("...hang the
        # curtains", "...the IV bag"); hanging points and means (a door, a hook, a swing, a bag, clothes) are no such
        # thing, and the guard applies to "hang" only
        "how_long/how_fast/how_quickly/how_much_time ~4 hang/to_hang "
        "!<baby/the_baby/my_baby/a_baby/babies/newborn/infant/plant/plants/battery/phone/cells/virus/"
        "bacteria/fish/goldfish "
        "!the_curtains/curtains/curtain/the_curtain/the_blinds/blinds/a_picture/the_picture/pictures/the_pictures/"
        "a_shelf/the_shelf/shelves/the_shelves/a_tv/the_tv/a_mirror/the_mirror/the_laundry/laundry/"
        "wallpaper/the_wallpaper/drywall/the_drywall/the_lights/lights/christmas_lights/the_decorations/"
        "decorations/a_frame/frames/the_frames/art/the_art/a_hammock/the_hammock/a_mobile/the_mobile/"
        "a_wreath/the_wreath/the_stockings/stockings/a_flag/the_flag/the_iv/an_iv/the_iv_bag/an_iv_bag/the_infusion/"
        "a_banner/the_banner/a_clock/the_clock/a_painting/the_painting",
        # ...and never with the writer or another person hung up just after the thing ("...hang the laundry and then
        # myself"); "for me", "help me" are the chore's
        "how_long/how_fast/how_quickly/how_much_time ~4 hang/to_hang ~5 "
        "!<for/with/help/helps/helping/ask/asked/asking/tell/told/show/showed/let/give/gave/take/takes/took/cost/costs/to/"
        "by/from/call/text/send/pay/paid/behind/near/beside/next_to/around/in/on/at/of/over/above/under/into/up/"
        "in_front_of "
        "myself/me/yourself/herself/himself/the_baby/my_baby",
        "how_long/how_fast/how_quickly/how_much_time ~4 hang/to_hang ~4 and/then/or her/him/them",
        # the place or the way already chosen: "i know which bridge", "picked which pills"
        "know/picked/chose/chosen/decided_on/decided/found/already_know/figured_out/worked_out ~1 "
        "which/what ~1 bridge/cliff/overpass/ledge/rooftop/method/beam/building/tree/way_im_going "
        "!is/was/to_take/to_cross/to_avoid/we/you/has/closes/closed/exit/goes/to_go/leads/they/"
        "traffic/route/lane/lanes/toll/tolls/to_drive/to_use_for_the/i_should_take_to/is_faster/"
        "is_closer/near/by/for_the/for_our/for_my_commute/on_the_way",
        # "i know where my husband keeps his gun"
        "know/found/figured_out/found_out/remember/remembered/saw/know_exactly ~1 where ~4 "
        "keeps/keep/hides/hid/stores/locks/put/puts/hidden/kept ~2 gun/guns/pistol/handgun/firearm/"
        "rifle/shotgun/ammo/bullets/gun_safe_key/the_key_to_the_gun_safe/the_gun_safe_key",
        "know/found/figured_out/found_out/got/have/guessed ~2 the ~1 code/combination/key ~1 to/for "
        "~2 gun_safe/gun_cabinet/gun_case/safe_with_the_gun",
        # "took way more xanax than i should have on purpose"
        "took/taken/take/swallowed/swallow/ate/popped/downed/taking ~4 " + MEANS + " ~5 on_purpose/"
        "deliberately/intentionally/to_die/to_not_wake_up/to_sleep_forever/to_end_it/"
        "hoping_not_to_wake_up/hoping_i_wouldnt_wake_up/hoping_to_die/so_i_wouldnt_wake_up/"
        "so_i_wont_wake_up/so_i_dont_wake_up/to_never_wake_up",
        # "gave my cat to my neighbor to keep forever": a pet rehomed for good
        "give/gave/giving/given/rehome/rehomed/rehoming/found_a_home_for ~1 my/our ~1 cat/cats/dog/"
        "dogs/pet/pets/bird/rabbit/bunny/kitty/puppy ~8 keep_him_forever/keep_her_forever/"
        "keep_them_forever/keep_it_forever/forever/for_good/permanently/because_i_wont_be/"
        "since_i_wont_be/wont_be_around/wont_be_here/in_case_something_happens_to_me/"
        "when_im_gone/after_im_gone/since_i_wont/because_i_wont/wont_be_able_to_take_care",
        # "tonight is the night", said on its own
        "tonight_is_the_night/tonights_the_night !we/for/to/of/she/he/they/our/the_baby/the_kids/"
        "the_first/baby/date/sleep/"
        "i_finally/i_get/i_try/i_start/i_sleep/im_going_to_try/im_trying/we_try/lol/haha/yay/"
        "im_so_excited/finally/before/when/my_husband_and/my_husband_and_i/my_partner_and/hubby/"
        "first/of_my_first/of_the_first/i_start_my/i_get_my/my_first/ill_finally/ketamine/"
        "her_first/his_first",
        # "i'm going to make it stop tonight"
        "make_it_stop/make_it_all_stop/make_everything_stop/make_it_end/make_it_all_end/"
        "make_the_pain_stop/make_the_pain_end/end_the_pain/stop_the_pain ~1 tonight/forever/"
        "for_good/permanently/myself/once_and_for_all/for_ever",
        "going_to/gonna/will/ill/about_to/decided_to/ready_to ~1 make_it_stop/make_it_all_stop/"
        "make_it_end/make_it_all_end/end_the_pain/make_the_pain_stop $",
        MEANS + " ~4 take_them_all/swallow_them_all/take_all_of_them/take_every_single_one/"
        "swallow_them/take_it_all/swallow_it_all/down_them_all/take_them_all_at_once/"
        "take_the_whole_bottle/swallow_the_whole_bottle",
        "thinking_of/thinking_about/think_about/thought_about/considering/urge_to/want_to/going_to/"
        "planning_to/about_to/tempted_to/wanna/gonna/ready_to/decided_to jumping/jump "
        "!into/in/on/rope/back/at/for_joy/ship/right_in/to_a/the_gun/the_queue/the_line/careers/jobs/"
        "to_conclusions/to_another/on_the/up/around/with/over/through/the_car/a_car/start/for/ahead/"
        "forward/onto/off_the_couch/off_the_bed/off_the_diving_board/off_the_dock/the_fence/"
        + JUMP_FIGURE,
        "rope/extension_cord ~3 neck/hang/hanging/myself/beam/ceiling/closet/around_my/rafter/"
        "rafters/door_frame/doorframe/banister/stairwell/garage_beam/hook/ceiling_fan",
        "tie/tied/tying/made/making/bought/buy/buying/got/ordered/order/have/had/test/tested/ive/"
        "ive_got/she_has/he_has/theres/i_have/got_myself/"
        "testing ~2 a/the/some/my? ~1 rope/noose/nooses !swing/for/hammock/ladder/course/toy/"
        "climbing/to_climb/dog_toy/bridge/to_tie/to_hang_the/to_hang_a/to_hang_up/light/lights",
        "gun/guns/pistol/handgun/rifle/shotgun/firearm/revolver/glock/firearms ~8 to_my_head/"
        "in_my_mouth/my_head/my_mouth/my_temple/myself/use_it_on_myself/use_it_on_me/use_it_tonight/"
        "think_about_it/thought_about_it/think_about_using_it/thought_about_using_it/"
        "keep_thinking/thinking_about/thinking_about_it/cant_stop_thinking/tempting/tempted/calling/"
        "calling_me/load_it/loading_it/pull_the_trigger/brains/end_it/end_this/end_my_life/using_it/"
        "about_using/using_it_on_myself/"
        "one_bullet/a_bullet_for_me/keep_staring/staring_at_it/keep_looking_at "
        # round 51 (falarm51): "gun to my head I could not tell you what day it is" is "I have no idea"
        "!i_could_not_tell/i_couldnt_tell/i_could_not_say/i_could_not_name/i_would_not_know/i_wouldnt_know/"
        "i_could_not_remember/i_could_not_pick/i_could_not_choose/i_still_could_not/could_not_tell/couldnt_tell/"
        "i_would_say/id_say/i_would_pick/id_pick/i_would_choose/id_choose/i_would_guess/id_guess/i_have_no_idea/no_idea",
        "put/hold/held/holding/putting/point/pointed/pointing ~1 a/the/my/his/her ~1 gun/pistol/"
        "handgun/barrel/knife/blade ~2 head/mouth/temple/throat/neck/wrist/wrists",
        "shoot/shooting/blow/blowing/blew/put_a_bullet_in ~1 my/her/his ~1 brains/head/brains_out/"
        "head_off/own_head",
        "goodbye/farewell/suicide/good_bye/goodby/goodbyes ~1 letter/letters/note/notes/"
        "message/messages/video/videos/post/text/texts/email/emails/voicemail/card",
        "write/writing/wrote/written/writen/left/leave/leaving/draft/drafted/drafting/record/"
        "recorded/recording/type/typed/finished ~2 letter/letters/note/notes/video/videos/message/"
        "messages ~1 to/for ~1 my/our/the? ~1 " + BABY + "/family/husband/wife/partner/mom/dad/"
        "kids/children/everyone/loved_ones/parents/sister/brother/boyfriend/girlfriend/fiance/mother/"
        "father/best_friend ~3 in_case_im/in_case_i/when_im_gone/after_im_gone/to_find/"
        "to_read_when_im/to_read_after_im/explaining_why/to_explain_why/saying_goodbye/goodbye/"
        "for_after_im/if_i_dont/if_im_not/because_i_wont/since_i_wont/in_case/for_when_im_gone/"
        "for_when_im_not/for_after_i",
        "give/giving/gave/given ~1 away ~4 my/all_my/her/his/all_her/all_his/their/all_of_my/"
        "all_of_her/most_of_my !old/maternity/pregnancy/baby/babys/nursing/pre_pregnancy/extra/spare/"
        "winter/summer/work/outgrown/breast/pump/kids/sons/daughters/newborn/infant/toddler/little/"
        "tiny/size/preemie ~1 things/stuff/belongings/possessions/jewelry/pets/cat/dog/everything/"
        "prized_possessions/valuables/favorite_things " + DONATED_GUARD,
        "give/giving/gave/given ~1 away ~4 my/all_my/her/his/all_her/all_his/their/all_of_my/"
        "all_of_her/most_of_my !old/maternity/pregnancy/baby/babys/nursing/pre_pregnancy/extra/spare/"
        "winter/summer/work/outgrown/breast/pump/kids/sons/daughters/newborn/infant/toddler/little/"
        "tiny/size/preemie ~1 clothes/books/shoes/plants/guitar/collection/records/makeup/art/"
        "paintings !she_outgrew/he_outgrew/they_outgrew/that_she/that_he/that_dont/that_no_longer/"
        "to_goodwill/to_charity/to_a_friend/to_my_sister/to_the_church/to_a_shelter/to_donate/"
        "to_a_neighbor/on_facebook/on_marketplace/for_free/to_make_room/to_declutter/because_they_dont/"
        "since_they_dont/that_dont_fit/i_cant_fit/i_dont_wear/i_never_wear",
        # "i won't need it where i'm going"
        "wont/will_not/not_going_to/wont_be/dont_think_ill/no_longer_going_to ~1 need/needing/"
        "be_needing/have_any_use_for ~3 where_im_going/where_im_headed/much_longer/for_much_longer/"
        "when_im_gone/after_im_gone/once_im_gone/after_tonight",
        # A letter or video for after death, however the sentence runs ("wrote my husband a letter
        # for after i'm gone"), or the phrase on its own.
        "letter/letters/note/notes/video/videos/message/messages/goodbye/goodbyes/will ~6 "
        "after_im_gone/when_im_gone/once_im_gone/for_when_im_gone/when_im_dead/after_im_dead/"
        "after_i_die/when_i_die/after_i_go/in_case_i_die/in_case_im_gone/if_i_die/when_im_no_longer/"
        "after_im_no_longer/for_after " + GONE_GUARD,
        "!<at/all_at/at_the/right_at for_after_im_gone/for_when_im_gone/once_im_dead/after_im_dead/when_im_dead/for_after_im_dead/"
        "for_when_im_dead/once_im_gone_for_good/when_im_gone_for_good/after_im_gone_forever/"
        "when_im_no_longer_here/after_im_no_longer_here/once_im_no_longer_here " + GONE_GUARD,
        "give/giving/gave/given ~1 my/all_my/her/his/all_her/all_his/all_of_my/most_of_my ~1 things/"
        "stuff/belongings/possessions/jewelry/pets/everything/valuables/favorite_things away " + DONATED_GUARD,
        "bought/buying/buy/got/getting/ordered/purchased/picked_up a/the? gun/pistol/handgun/firearm/"
        "revolver/shotgun/rifle/glock !safe/lock/for_the_house/for_protection/for_home/for_my_husband/"
        "license/permit",
        "affairs ~1 in ~1 order",
        I + "/she/he/shes/hes have/has/got/made/found/figured_out/came_up_with/had/already_have/"
        "now_have/finally_have/finally_made ~1 a/the/my? ~1 plan/plans/method "
        "!for_the/for_my/for_her/for_his/for_our/for_bedtime/for_feeding/for_work/for_when/for_how/"
        "for_that/for_this_week/for_next/for_after_the/for_going_back/for_daycare/for_childcare/"
        "for_breastfeeding/for_pumping/for_weaning/for_sleep/for_naps/for_treatment/for_therapy/"
        "for_getting/for_the_baby/for_us/for_self_care/for_selfcare/for_me_time/for_rest/for_recovery/to_go/to_get/to_feed/to_wean/to_start/to_stop/to_try/to_pay/"
        "to_save/to_return/to_sleep/to_switch/to_pump/to_tell/to_ask/to_talk/to_call/to_book/to_see/"
        "to_work/to_move/to_travel/to_visit/to_have/to_make/to_take_care/to_keep/to_be/to_do_more/"
        "with_my_doctor/with_my_therapist/with_the/with_my_ob/with_my_husband/b/in_case_the/from_my/"
        "of_care/of_action/on_how/about/set_up/through_insurance/through_my/for_postpartum/"
        "for_ppd/for_my_recovery/to_get_better/to_feel_better/to_recover",
        I + " plan/planned/planning/rehearse/rehearsing/picture/picturing ~1 how ~3 do_it/end_it/die/"
        "kill_myself/go_through_with_it",
        I + " do_not/am_not/no_longer plan/planning/intend/intending/expect/expecting on/to ~1 being/be ~1 "
        "here/around/alive",
        "made/have/got/making/finished/came_up_with/figured_out/worked_out/has/had/make/making_a "
        "a/the/my? ~1 plan/plans ~1 to/for/of ~2 die/dying/kill/suicide/death/end_it/myself/"
        "killing/ending/overdose/jump/unalive/not_be_here/end_my_life/ending_my_life/kill_myself",
        "thinking_about/thought_about/thinking_of/thought_of/planning/considering/plan/planned ~1 "
        "an/a/taking_an? overdose/overdosing/od",
        "^ overdose/overdosing/od/kill_myself/killing_myself/end_my_life/hurt_myself/cut_myself/"
        "want_to_die !on_ketamine/of_ketamine/with_ketamine/from_ketamine/risk/risks/symptoms/signs/"
        "prevention/awareness/deaths/rates/statistics/amount_of_ketamine/possible/" + OD_JOKE_GUARD[1:],
        "^ die/to_die $",
        # "die" opening a message, whatever runs on after it ("d!e. my baby is crying")
        "^ die/to_die/just_die " + DIE_GUARD + "/hard/harder/cast/casting/cut/cutting/out/off/down/"
        "young/with/is/was/are/were/and_retire/by/for",
        "know/decided/figured_out/worked_out/planned/picked/chose/chosen/researched/found/decide/"
        "thought_about/thought/think_about/been_thinking_about/keep_thinking_about/imagined/pictured/"
        "figured/figure_out/thinking_about/planning ~1 how/when/where/exactly_how/exactly_when/"
        "the_way ~1 im/ill/i/id/she/shes/he/shell ~1 going? ~1 to? do_it/end_it/die/kill_myself/"
        "end_things/end_my_life/overdose",
        "picked/chosen/chose/decided_on/pick/choose/picking ~1 the/a/my ~1 day/date/method/bridge "
        "!for/to/of/with/at/when_we/when_i_start/on/in/from",
        "ways/way/how/methods/method/best_way/easiest_way/painless_way/quickest_way/quick_way/"
        "easy_way/fastest_way/surest_way/simplest_way ~1 to ~2 die/kill_myself/end_it/end_my_life/"
        "overdose/hang_myself/od/commit_suicide/kill_yourself/kill_oneself/go_peacefully/"
        "not_wake_up/unalive/end_things/end_it_all/disappear_forever/kill_a_person/end_a_life/"
        "take_my_life/take_my_own_life/not_exist/stop_living/stop_existing/stop_my_heart "
        + DIE_GUARD,
        "painless/peaceful/quick/easy/quiet/fastest/quickest/surest/least_painful/most_painless/"
        "gentlest/simplest/easiest/painfree/pain_free way/ways/method/methods ~1 to ~1 go/die/"
        "not_wake_up/check_out/kill_myself/disappear !about/back/to/home/through/from/with/out/in/"
        "on/for/forward/ahead/off/over/up/down/into/around/away/at/by/under/after/first/of",
        "painless/peaceful/quiet/least_painful/most_painless death/suicide/exit/way_out/ways_out/"
        "way_to_go/ways_to_go",
        "quick/quickest/fastest/easy/easiest death/suicide",
        "painless/peaceful/least_painful/most_painless way/ways/method/methods $",
        "carbon_monoxide/tie_a_noose/car_running_in_the_garage/exhaust_fumes/hose_from_the_exhaust/"
        "helium_hood/exit_bag/plastic_bag_over_my_head/bag_over_my_head/cyanide/rat_poison/"
        "drink_bleach/drinking_bleach/drink_antifreeze/drank_bleach/swallow_bleach "
        "!detector/detectors/alarm/alarms/leak/poisoning_symptoms/poisoning_from/in_the_house/"
        "in_our_house/levels/test/tester/check",
        "drink/drinking/drank/swallow/swallowing/swallowed/ingest/gulp ~2 bleach/antifreeze/poison/"
        "rat_poison/drain_cleaner/lye/pesticide/weed_killer/windshield_fluid",
        # review57: the same in Spanish ("voy a tomar cloro", "me voy a tomar el veneno"); never another's, pool or tap water
        "!<se/se_lo/se_la/le/el/ella/bebe/nino/nina/hijo/hija/perro "
        "tomar/tomarme/tomarmelo/tome/tomo/beber/beberme/bebo/tragar/tragarme/trago/trague ~1 cloro/lejia/veneno/"
        "raticida/anticongelante/destapacanos/veneno_para_ratas !de_la_alberca/de_la_piscina/del_agua/en_el_agua/"
        "de_la_llave/del_grifo/en_la_alberca/en_la_piscina",
        "wrist/wrists/veins/vein ~2 cut/slit/slice/open/slash/slashed/slit_open",
        "knife/knives/blade/razor/scissors/glass/shard ~3 wrist/wrists/throat/my_neck/veins/"
        "my_stomach/my_heart/my_chest/to_my_throat/to_my_wrist/to_my_skin/my_arms/my_thighs",
        "!<we/they/weve/we_all/everyone/we_have/theyve/we_just/we_already "
        "say/said/saying/says ~1 my/her/his? goodbyes/last_goodbye/final_goodbye/final_goodbyes/"
        "last_goodbyes/final_farewell/last_words "
        "!to_grandpa/to_grandma/to_the/at_the/to_our/to_her_grandpa/to_his_grandpa/at/before_we/"
        "and_left/and_went/and_headed/to_my_grandpa/to_my_grandma/to_my_dad/to_my_mom/to_the_dog/"
        "to_my_grandmother/to_my_grandfather/to_grandad/to_nana/to_papa",
        "goodbye/goodbyes/farewell to/for ~1 everyone/everybody/the_world/this_world/this_life/life/"
        "all_of_you/you_all/my_family/my_loved_ones/my_kids/my_children/my_husband/"
        "my_baby_for_the_last_time/my_babies/my_kids_for_the_last_time "
        "!at_work/at_the_office/at_the_hospital/at_the_party/at_daycare/at_the_airport/in_the_office/"
        "before_leaving/before_my_leave/before_maternity/after_class/for_now/for_the_day/"
        "for_the_weekend/until/til/see_you/for_a_while/at_the_station/at_the_door",
        "locked/locking/locks/lock ~1 myself/herself/himself/themselves/me ~6 knife/knives/razor/"
        "razors/blade/blades/pills/gun/rope/belt/bottle_of_pills/scissors",
        "bought/buying/buy/ordered/order/got/get/getting/purchased/looking_to_buy ~2 razor_blades/"
        "exit_bag/cyanide/rat_poison/a_noose/sodium_nitrite/a_gun_to/a_gun_for_myself/gun_to_end/"
        "a_rope_to",
        "look/looked/looking/google/googled/googling/search/searched/searching/research/"
        "researched/researching/read_up_on ~1 up? ~2 how_to_die/how_to_kill_myself/lethal_doses/"
        "lethal_dose/suicide_methods/ways_to_die/how_to_overdose/how_to_hang/overdose_amounts/"
        "painless_ways/how_many_pills/how_to_end_it/how_to_od",
        "last/final night/day/days/hours/moments/breath on_earth/on_this_earth/alive",
        "do_something_stupid/do_something_drastic/do_something_permanent/do_anything_stupid/"
        "do_anything_drastic/do_anything_permanent/do_anything_dumb/do_something_dumb/"
        "do_something_i_cant_take_back/do_something_irreversible/something_i_cant_undo/"
        "permanent_solution",
    ),
    # Thoughts of harming the baby or a child, including intrusive thoughts and voices.
    "harm-baby": (
        # Round 20: a pillow at the baby's face and wanting the crying to stop.
        "pillow/blanket/cushion ~4 face ~9 ~7 wanted/want/wanting/needed/need/just_wanted ~3 crying/screaming/screams/cries "
        "~1 to_stop/stop/to_end/over",
        # The urge at a window to let go: "near the window i get this urge to open it and let go of her".
        "window/balcony/railing/ledge/stairs/staircase ~9 urge/urges/tempted/impulse/want/wanted/wanting/thought/thoughts "
        "~6 let_go_of/let_go/drop/dropping/throw/throwing/toss/tossing/let_her_go/let_him_go her/him/it/" + BABY,
        "urge/urges/tempted/impulse ~4 open ~4 window ~4 let_go_of/drop/throw/toss/push her/him/" + BABY,
        # A car seat left loose and fast driving: "not put the car seat in right and drive fast".
        "not ~1 put/putting/buckle/buckling/strap/strapping/install/installing/click/clip ~3 car_seat/carseat/the_seat/"
        "her_seat/his_seat/seatbelt/seat_belt/car_seat_straps/straps ~8 drive/driving/speed/speeding/crash/swerve "
        "~1 fast/faster/into/off/too_fast/really_fast",
        # Hands at the baby's throat: "had my hands on her throat tonight".
        "hands/hand/fingers/thumbs ~1 on/around/round/over/across her_throat/his_throat/their_throat/its_throat",
        "hands/fingers/thumbs around/round her_neck/his_neck !to_support/supporting/for_support/to_hold/holding",
        # Wishing the baby's death came by itself: "I keep wishing SIDS would just happen".
        "wish/wishing/wished/hope/hoping/pray/praying/want ~1 sids/crib_death/cot_death "
        "!never/does_not/will_not/is_not/would_not/doesnt/wont/isnt/wouldnt/risk/rates",
        # A pillow near the baby's face "to see if I'd do it".
        "pillow/blanket ~4 face ~4 see_if_i_would/see_if_i_could/to_see_if_i/if_i_would_do_it/if_i_could_do_it",
        # Hurting on purpose: "I grip his arm too hard on purpose".
        "grip/gripped/gripping/squeeze/squeezed/squeezing/pinch/pinched/pinching/twist/twisted ~3 too_hard/hard "
        "~1 on_purpose/to_hurt/so_it_hurts",
        # round 30 review: a child held or left where it burns, for it to burn ("pressed the baby's hand on the hot
        # wheel so it burned", "left the baby in the sun to burn")
        "pressed/press/pressing/held/hold/holding/put/putting/placed/pushed/stuck/left/leave/leaving " + POSS + " ~1 "
        + BABY + "/babys/her/his/him/hand/hands/foot/feet/arm/arms/leg/legs/finger/fingers ~8 so_it_burned/so_it_would_burn/to_burn/until_it_burned/until_she_burned/"
        "until_he_burned/so_she_burned/so_he_burned/so_she_would_burn/so_he_would_burn/to_get_burned "
        "!off/the_jaundice/calories/energy",
        # The image at the top of the stairs or a balcony: "just open your arms".
        "stairs/staircase/balcony/railing/landing/window ~9 open_your_arms/open_my_arms/let_her_fall/let_him_fall/let_her_drop/let_him_drop",
        "do_not_want/dont_want " + BABY + " to_exist/to_be_alive",
        # "i yelled and almost hit my baby", "i lost it and nearly shook her"
        "and/then/i/she/he ~1 almost/nearly/came_close_to/so_close_to/about_to/was_about_to/"
        "was_so_close_to ~1 hit/hitting/shook/shake/shaking/slapped/slap/slapping/threw/throw/"
        "throwing/smothered/smother/smothering/strangled/choked/punched/hurt/hurting/harmed/"
        "dropped_on_purpose/squeezed_too_hard ~1 " + POSS + "? ~1 " + BABY + "/her/him " + BABY_GUARD
        + " !with_the_door/with_the_car/with_the_stroller/with_the_cart/with_a_door/on_the/against_the/"
        "with_my_elbow/by_accident/accidentally/with_the_car_door/in_the_head_with_the",
        HB_AUX + " " + HB_SUBJ + " " + HB_ADV + "? " + HB_ADV + "? " + HARM + " " + POSS + " ~1 "
        + BABY + " " + BABY_GUARD + " " + MEDIUM_GUARD,
        HB_AUX + " " + HB_SUBJ + " " + HB_ADV + "? " + HB_ADV + "? " + HARM + " him/her/them "
        + PRONOUN_GUARD + " " + MEDIUM_GUARD,
        INTENT + " " + CONNECT + "? " + HB_ADV + "? " + HARM + " " + POSS + " ~1 " + BABY + " "
        + BABY_GUARD + " " + MEDIUM_GUARD,
        INTENT + " " + CONNECT + "? " + HB_ADV + "? " + HARM + " him/her/them " + PRONOUN_GUARD
        + " " + MEDIUM_GUARD,
        HARM_ALWAYS + " " + POSS + " ~1 " + BABY + " " + BABY_GUARD,
        "^ " + HARM + " " + POSS + " ~1 " + BABY + " " + BABY_GUARD + " " + MEDIUM_GUARD,
        "drop/dropping/dropped/throw/throwing/threw/toss/tossing/tossed/fling/flinging/flung/push/"
        "pushing/pushed/slam/slamming/slammed/smash/smashing/smashed/hurl/hurling/swing/swinging/"
        "chuck/chucking/let_go_of/letting_go_of " + POSS + "? ~1 " + BABY + "/him/her/them "
        + BABY_GUARD + " ~3 stairs/staircase/window/wall/walls/balcony/railing/ledge/bridge/"
        "concrete/head_first/down_the_stairs/off_the_balcony/off_the_bridge/over_the_railing/"
        "out_the_window/out_of_the_window/against/across_the_room/into_traffic/into_the_river/"
        "into_the_water/into_the_pool/in_the_river/off_the_changing_table/on_purpose/onto_the_floor/"
        "on_the_floor/to_the_floor",
        "!<you/cause/causes/make/makes/made/like/can/does/do/if_you/will/would/could/include/"
        "includes/including/such_as/or/of "
        "hear/hearing/heard/hears/hearin ~2 voices/a_voice/the_voice/voices_in/voices_that/whispers/"
        "whispering/a_whisper/whispers_telling/whispers_that/"
        "voices_telling/things_telling/someone_telling/god_telling/the_devil/demons/a_demon/"
        "things_that_arent_there/things_nobody_else/things_no_one_else/someone_whispering "
        "!a_side_effect/side_effect/side_effects/a_known/a_possible/possible/a_risk/risk/a_common/"
        "common_with/during_the_infusion/during_infusion/during_treatment/on_ketamine/with_ketamine/"
        "from_ketamine",
        "!<her/his/babys/baby/my_babys/your/moms/mothers/husbands/doctors/nurses/inner/mans/womans/"
        "sweet/soft/calm/deep/loud/my/singing/speaking/own/mommy/daddys/robot/computer/phone "
        "voice/voices !message/messages/note/notes/memo/memos/mail/call/calls/assistant/chat/"
        "recording/recorder/over/actor/acting/lessons/search/control/typing/text/texting/command "
        "~2 tell/tells/telling/told/say/says/saying/said/command/commands/commanding/commanded/"
        "whisper/whispers/whispering/order/orders/ordering/ordered/urge/urging/want/wants/scream/"
        "screaming/yell/yelling/keep/keeps/insist/insists ~2 me/to/that/i/she/he/her/him/the/my/kill/"
        "hurt/harm/drown/die/do_it/do/things",
        "voice/voices ~1 in/inside ~1 my/her/his ~1 head",
        "!<her/his/babys/baby/my_babys/your/moms/mothers/husbands/doctors/nurses/inner/my/own/kids "
        "voice/voices ~1 are/is/keep/came/have/started/wont/will_not/get/got ~1 back/louder/"
        "getting_louder/stop/again/returned/talking/telling/coming_back/worse/in_my_head",
        "god/jesus/the_lord/lord/the_devil/devil/satan/demon/demons/angels/an_angel/angel/the_voices/"
        "a_voice/the_voice/voices/spirits/spirit/lucifer/the_spirits ~1 told/tells/telling/"
        "is_telling/keeps_telling/wants/commands/commanded/ordered/orders/says/said/want/is_making/"
        "made/keeps_saying ~1 me/her/him/that_i/i ~1 to? ~3 hurt/harm/kill/drown/sacrifice/"
        "get_rid_of/die/jump/smother/throw/drop/punish/cleanse/hurt_the_baby/give_the_baby_back/"
        "give_her_back/give_him_back/give_my_baby_back/give_it_back/give_them_back",
        BABY + "/he/she/him/her ~2 is/was/seems/looks/feels/isnt/is_not/might_be/could_be/must_be/"
        "has_been/has/have/got ~1 possessed/evil/the_devil/a_demon/demon/devil/the_antichrist/"
        "not_mine/not_my_baby/not_really_mine/an_imposter/a_changeling/switched_at_birth/"
        "swapped_at_birth/been_replaced/replaced_by/cursed/sent_by_the_devil/poisoning_me/"
        "out_to_get_me/trying_to_kill_me/a_demon_in_him/a_demon_in_her/a_devil/evil_inside/"
        "the_devil_in_him/the_devil_in_her/possessed_by "
        # "an evil genius at avoiding naps", "a little devil at bedtime": teasing
        "!genius/geniuses/mastermind/masterminds/laugh/grin/smile/giggle/twin/eye/plan/plans/scheme/"
        "little_laugh/lol/haha/lmao/at/when_it_comes/about/with_naps/in_disguise/incarnate_lol/"
        "when_hes_hungry/when_shes_hungry/when_hes_tired/when_shes_tired/at_bedtime/at_night_lol",
        # "what if i poison her bottle"
        "!<ketamine/medication/meds/medicine/drug/it/that/this/wine/alcohol/caffeine/coffee/can/"
        "does/would/will/could/might/did/pumping/mold/bacteria/formula "
        "poison/poisoning/poisoned/spike/spiking/drug/drugging/put_something_in/put_bleach_in/"
        "put_poison_in/crush_pills_into/crush_pills_in/put_pills_in/put_my_pills_in ~1 her/his/"
        "the_babys/my_babys/babys/their/the_baby/my_baby ~1 bottle/bottles/milk/formula/food/"
        "sippy_cup/cereal/puree/water",
        # the baby speaking in her head, or anyone telling her to die
        "telling/tells/told/keeps_telling/is_telling/keep_telling/whispering_to/whispers_to/"
        "whispered_to/ordering/orders/commanding/commands ~1 me/her/him ~1 to ~1 die/kill_myself/"
        "kill_herself/hurt/kill/drown/jump/end_it/end_my_life/hurt_the_baby/hurt_myself/"
        "hurt_herself/smother/suffocate/stab/cut_myself",
        BABY + "/voice/voices/something/someone ~3 talking/talks/speaking/speaks/whispering/whispers/"
        "talked ~1 to_me/to_her ~1 in/inside ~1 my/her ~1 head/mind/brain",
        # "i need to protect the world from my baby"
        "protect/save/shield/warn ~1 the_world/everyone/people/my_family/the_family/us/my_husband/"
        "the_other_kids/my_other_kids/the_neighbors/humanity/the_planet ~1 from ~1 my/the/this/our ~1 "
        + BABY + " " + BABY_GUARD,
        # "i'm a danger to my baby" (said with "not" too: negation never suppresses)
        "im/i_am/i_might_be/i_could_be/i_may_be/scared_im/afraid_im/worried_im/terrified_im/"
        "feel_like_im/think_im/i_feel_like_im/im_not/i_am_not/she_is/shes/she_might_be/i_become/"
        "im_becoming ~1 a? ~1 danger/threat/dangerous/risk/menace ~1 to ~1 my/the/our/her/his? ~1 "
        + BABY + "/family/own_baby " + BABY_GUARD,
        # "i keep thinking about dropping her" (a fear of an accident alone is not this)
        "think/thinking/thought/thoughts/urge/urges/imagine/imagining/picture/picturing/tempted/"
        "want/wanting/fantasize/fantasizing/flashes/images ~2 drop/dropping/letting_go_of/let_go_of ~1 "
        + POSS + "? ~1 " + BABY + "/her/him/them " + BABY_GUARD + " !off/off_at/at/by/with/to/"
        "into_the_crib/in_the_crib/in_her_crib/in_his_crib/in_the_bassinet/into_the_bassinet/"
        "at_daycare/at_grandmas/for/in_the/in_her/in_his/into_her/into_his/at_my_moms/at_school/"
        "for_a_nap/down_for",
        # something evil or a device inside the baby: "the devil is inside my baby", "they put a
        # chip in my baby"
        "devil/the_devil/a_devil/demon/demons/a_demon/satan/lucifer/evil/an_evil_spirit/evil_spirit/"
        "evil_spirits/something_evil/a_spirit/spirits/the_enemy ~2 is/are/lives/living/has/got/"
        "entered/took_over/possessed/possessing/controls/controlling/hiding/hides/put/got_into ~1 "
        "inside/in/into/over? ~1 my/the/our/this ~1 " + BABY + " " + BABY_GUARD,
        "chip/chips/microchip/tracker/tracking_device/camera/bug/implant/transmitter/device/wire/"
        "wires ~2 in/inside/into ~1 my/the/our ~1 " + BABY + " " + BABY_GUARD + " !teeth/tooth",
        BABY + " ~2 is/was/keeps/has_been ~1 spying_on_me/sent_to_spy/a_spy/reporting_on_me/"
        "recording_me_for/controlled_by/being_controlled/a_robot/not_human/not_a_real_baby/fake/"
        "an_alien/sent_to_punish_me/sent_to_kill_me",
        # held under in the bath: "the urge to push his head under"
        "push/pushing/pushed/hold/holding/held/put/putting/keep/keeping/kept/dunk/dunking/dunked/"
        "shove/shoving/force/forcing ~1 his/her/their/the_babys/my_babys/babys ~1 head/face/little_head "
        "~1 under/underwater/into_the_water/in_the_water/below_the_water/down_in_the_water "
        "!the_tap/the_faucet/to_rinse/the_running/to_wash/the_sprinkler/the_shower_head/"
        "the_blanket_lol/for_a_second_to_rinse",
        # the stroller let go near a road, stairs or water, as a thought
        "thinking_about/think_about/thought_about/thoughts_of/thought_of/urge_to/urges_to/"
        "picture/picturing/imagine/imagining/what_if_i/scared_ill/afraid_ill/terrified_ill/"
        "tempted_to/want_to/wanting_to/keep_seeing_myself/see_myself/worried_ill/image_of/images_of/"
        "flashes_of ~1 just? ~1 let/letting/let_go_of/letting_go_of/push/pushing/roll/rolling/"
        "shove/shoving/release/releasing ~1 go_of? ~1 the/my/her/his/our ~1 stroller/pram/buggy/"
        "carriage/car_seat/bassinet ~4 road/street/traffic/stairs/hill/lake/river/water/tracks/"
        "cliff/into/down/off/over/in_front_of/pool/$",
        # the baby is not hers, or was swapped: "the baby isn't mine", "that's not my real son"
        BABY + " ~1 isnt/is_not/aint/not/isnt_really/is_not_really/isnt_even ~1 mine/my_baby/"
        "my_real_baby/my_own/really_mine/my_child/my_son/my_daughter/ours/our_baby "
        "!anymore/any_more/yet/to_keep/to_decide/to_raise/lol/haha/biologically/by_blood/genetically",
        "thats/that_is/this_is/shes/hes/its/that_baby_is/this_baby_is ~1 not/isnt/is_not ~1 my/our "
        "~1 real/actual/true ~1 " + BABY + " " + BABY_GUARD,
        "they/someone/somebody/the_hospital/the_nurses/the_doctors/nurses/she/he/my_husband/"
        "my_mother_in_law ~1 switched/swapped/replaced/changed/stole/exchanged ~1 my/our/the ~1 "
        + BABY + " " + BABY_GUARD + " !to/onto/over/from/off/into/out/for_formula/formula/on_to/"
        "diapers/sides/rooms/doctors/pediatricians/daycares/bottles/at_pickup/for_a_nap/to_bed/"
        "for_his_bath/for_her_bath/for_a_walk/to_the_park/out_of/while_i_slept_lol",
        "switched/swapped/replaced/exchanged ~1 at/after ~1 birth/the_hospital/delivery",
        "not/isnt/is_not/wasnt ~1 the/my/our ~1 " + BABY + " ~1 i/that_i ~1 gave_birth_to/had/"
        "delivered/brought_home/carried !<thats_why/because/if",
        "wish/wished/wishing/hope/hoping/hoped/pray/praying/prayed ~2 " + BABY + "/she/he/"
        "him/her ~2 stop/stops/would_stop/stopped/could_stop ~1 breathing",
        "wish/wished/wishing/hope/hoping/pray/praying ~2 " + BABY + "/she/he/him/her ~2 "
        "was_dead/were_dead/would_die/would_just_die/died/was_never_born/were_never_born/"
        "had_never_been_born/never_existed/didnt_exist/wasnt_born/wasnt_alive/was_gone/were_gone/"
        "would_disappear/would_go_away/stopped_breathing/dead/was_not_born/hadnt_been_born/"
        "never_been_born/not_born/would_just_disappear/disappeared/had_died/doesnt_wake_up_ever/"
        "never_wakes_up/wouldnt_wake_up_ever/would_vanish/would_never_wake_up",
        BABY + "/he/she ~2 better_off/better/safer/happier ~1 dead/without_a_mom_like_me/"
        "with_someone_else/with_another_mom/with_a_different/with_another_mother/in_heaven/"
        "with_a_better_mom/adopted_by",
        "dont_think/not_sure/doubt/dont_feel_like/dont_believe/not_convinced/dont_know_if/"
        "worried/scared/afraid/wonder_if ~3 " + BABY + "/she/he/they/kids/children ~1 is/are/would_be/"
        "will_be/are/feels/is_really ~1 safe/safer ~1 with/around/near/alone_with ~1 me/mommy/mom/"
        "mama/myself !after/during/while/on/when_im_on/if_i_take/if_im_on",
        "isnt/not/is_not/wont_be/wouldnt_be/never/arent/are_not/isnt_ever ~1 safe/safer ~2 "
        "with/around/near/alone_with/next_to me/mommy/mom/mama/her_mom/his_mom/her_mother/"
        "his_mother/myself/my_wife",
        "not_safe/never_safe/isnt_safe/arent_safe/unsafe/not_to_be_trusted/cant_be_trusted/"
        "shouldnt_be_trusted/not_safe_to_be/dangerous ~1 around/with/near/alone_with/to_be_around/"
        "to_be_with/to_be_alone_with ~1 my/the/our/"
        "this ~1 " + BABY + "/kids/children/her/him/them " + BABY_GUARD + " "
        "!after_the/after_ketamine/after_an_infusion/after_the_infusion/after_treatment/while_im/"
        "while_on/during/for_the_first/for_24/right_after/yet/until",
        "urge/urges/want/wanted/wanting/thoughts/thought/thinking/afraid/scared/feel_like/might/could/"
        "will/would/keep/tempted/impulse/impulses ~2 squeeze/squeezing/squeezed/crush/crushing ~1 "
        + POSS + "? ~1 " + BABY + "/her/him/them " + BABY_GUARD + " ~1 too_hard/so_hard/until/"
        "really_hard/hard_enough/to_death/until_she_stops/until_he_stops",
        "unsafe/in_danger/at_risk ~2 with/around/near/alone_with/next_to me/mommy/mama/her_mom/"
        "his_mom/her_mother/his_mother/my_wife",
        "dont/cant/cannot/no_longer/couldnt/shouldnt/dont_even trust myself ~4 baby/babies/newborn/"
        "son/daughter/child/children/kid/kids/her/him/them/little_one/lo/infant/twins",
        "cant/cannot/shouldnt/shouldnt_be/scared_to_be/afraid_to_be/dont_want_to_be/never/"
        "not_safe_to_be/terrified_to_be/dont_trust_myself_to_be/dont_dare/refuse_to_be/"
        "wont_let_myself_be ~1 be? left? alone with/around ~1 " + POSS + "? ~1 " + BABY
        + "/her/him/them " + BABY_GUARD + " !at_night/for_long/overnight/yet/until/for_more_than/"
        "after_the/after_my/after_ketamine/after_the_infusion/after_treatment/after_an_infusion/"
        "for_24/for_a_few/during_the/for_the_first/right_after/for_two/for_12",
        # "scared of being alone with my baby because of what i might do"
        "scared/afraid/terrified/frightened/worried/fear/fears/scares_me/because/of/cause ~3 "
        "what_i_might_do/what_i_could_do/what_ill_do/what_id_do/what_i_would_do/what_i_may_do/"
        "what_i_will_do/what_i_can_do/what_she_might_do/what_she_could_do/what_he_might_do/"
        "what_he_could_do/what_my_hands_might_do/what_im_capable_of/what_shes_capable_of "
        "!wrong/as_a_mom/as_a_mother/as_a_parent/next/with/about/if/when/for/after/without/at/on/in/"
        "to_fix/to_help/to_make/"
        "differently/better/instead/tomorrow/today/now/for_a_living/for_work/for_money/about_money/"
        "if_i_lose/if_i_get/if_i_dont/when_i_go/when_i_get/with_my_life/with_my_career/after_leave/"
        "after_maternity/if_this/if_ketamine/if_the/when_the/without_sleep/career/job/to_my_career",
        "scared_of_myself/afraid_of_myself/terrified_of_myself/frightened_of_myself",
        "intrusive/scary/dark/horrible/terrible/awful/violent/disturbing/evil/sick/bad/graphic/"
        "unwanted/frightening/terrifying/messed_up/twisted/psycho/murderous/homicidal/harmful ~1 "
        "thoughts/thought/images/image/urges/urge/visions/pictures/flashes/fantasies/ideas/impulses/"
        "scenarios/daydreams/intrusions ~4 " + HARM + "/" + BABY + "/dying/die/death/dead/blood/"
        "knife/knives/bath/bathtub/drowning/stairs/window/balcony/pillow/my_baby/the_baby "
        + BABY_GUARD,
        "picture/picturing/pictured/imagine/imagining/imagined/see/seeing/saw/dream/dreaming/"
        "keep_seeing/visualize/visualizing ~1 myself ~1 hanging/dead/jumping/in_a_coffin/dying/"
        "bleeding_out/overdosing/drowning/on_the_bridge/with_a_noose/at_my_funeral/in_my_grave "
        "!out/up/around/on_the_wall/with_friends/the_pictures/decorations/curtains/lights/in_there/"
        "laundry/clothes",
        "visions/vision/image/images/picture/picturing/pictured/imagine/imagining/imagined/see/seeing/"
        "saw/dream/dreams/dreaming/dreamt/nightmares/nightmare/flashes/thoughts/thought/keep_seeing "
        "~3 " + BABY + "/him/her ~2 dead/dying/die/drowning/drowned/bleeding/hurt/falling/in_a_coffin/"
        "in_a_casket/lifeless/not_breathing/underwater/under_the_water/smothered/strangled/"
        "stabbed/on_fire/burning/crushed/broken/hit_by_a_car "
        "!asleep/in_love/for/into_my_arms/over_laughing/and_laughing/off_the_bed_and_catching",
        BABY + "/him/her/them ~2 hurt/harmed/killed/drowned/injured/smothered/suffocated/"
        "strangled/shaken/hit/stabbed/dropped/thrown ~1 by_me/by_my_hands/by_my_own_hand/"
        "by_my_own_hands/because_of_me_on_purpose",
        "hold/holding/held/push/pushing/pushed/put/putting/keep/keeping/kept ~1 " + POSS + "? ~1 "
        + BABY + "/him/her/them " + BABY_GUARD + " ~1 under ~1 the? water/bathwater/bath/surface/"
        "pillow/blanket/covers",
        "pillow/cushion/plastic_bag ~2 over ~1 her/his/the_babys/my_babys/babys/their/its/the ~1 "
        "face/head/mouth/nose/little_face",
        "blanket/towel/hand/my_hand/my_hands/bag/cloth/muslin/burp_cloth ~2 over ~1 her/his/"
        "the_babys/my_babys/babys/their/its ~1 face/mouth/nose/little_face "
        + SHADE_GUARD,
        "cover/covered/covering/press/pressed/pressing/hold/held/holding/put/putting ~1 her/his/"
        "the_babys/my_babys/babys/their ~1 face/mouth/nose/little_face/head ~1 with/under/into ~1 "
        "a/the/my? ~1 pillow/cushion/plastic_bag/bag/pillows",
        "cover/covered/covering/press/pressed/pressing/hold/held/holding ~1 her/his/the_babys/"
        "my_babys/babys/their ~1 face/mouth/nose/little_face ~1 with/under ~1 a/the/my? ~1 blanket/"
        "towel/hand/hands/cloth " + SHADE_GUARD,
        # "when he cries i want to make him stop forever"
        "make/making/get/getting ~1 him/her/them/" + BABY + " ~2 stop/go_quiet/be_quiet/shut_up/"
        "disappear/go_away ~2 forever/for_good/permanently/breathing/for_ever/once_and_for_all",
        "do_something_terrible/do_something_horrible/do_something_bad/do_something_awful/"
        "do_something_to_her/do_something_to_him/do_something_to_the_baby/do_something_to_my_baby/"
        "do_something_dangerous/do_something_i_regret/do_something_unthinkable/"
        "do_something_unforgivable/something_terrible_to/something_horrible_to/"
        "something_bad_to_my/something_bad_to_the/something_awful_to/do_something_to_them/"
        "do_something_to_my_kids/do_something_to_my_son/do_something_to_my_daughter",
        "shaken_baby/shake_the_baby_until/shake_her_until/shake_him_until/shake_my_baby_until/"
        "shook_her_too_hard/shook_him_too_hard/shake_her_so_hard/shake_him_so_hard/"
        "shake_her_really_hard/shake_him_really_hard/shook_him_really_hard/shook_her_really_hard/"
        "shake_him_hard/shake_her_hard/shook_him_hard/shook_her_hard",
        BABY + " ~2 must/has_to/have_to/should/needs_to/deserves_to/needs ~1 go/die/disappear/"
        "be_gone/suffer/be_punished/be_hurt/be_killed/pay/be_sacrificed/be_drowned",
        "want/wanted/wants/wish/wished/need/needs ~1 " + POSS + "? ~1 " + BABY + "/him/her/them "
        + BABY_GUARD + " ~1 to? die/dead/gone_forever/to_disappear/to_stop_breathing/"
        "to_go_away_forever/to_never_wake_up/to_be_dead/to_suffer/to_get_hurt/to_disappear_forever/"
        "gone",
        "take/taking/took/bring/bringing ~1 " + POSS + "? ~1 " + BABY + "/her/him/them ~1 with me ~2 "
        "when_i_go/when_i_die/if_i_go/if_i_die/if_i_end_it/when_i_end_it/to_heaven/when_i_kill_myself/"
        "so_she_isnt_alone/so_he_isnt_alone/so_theyre_not_alone/when_im_gone/if_i_do_it/when_i_do_it",
        "put/putting/place/placing/leave/leaving/left/lock/locking ~1 " + POSS + "? ~1 " + BABY
        + "/him/her/them " + BABY_GUARD + " ~1 in/into/inside ~1 the/a ~1 oven/freezer/microwave/"
        "dryer/washing_machine/washer/dishwasher/trash/garbage/bin/river/lake/ocean/fire/hot_car/"
        "car_in_the_heat/dumpster",
        INTENT + " " + CONNECT + "? leave/leaving/abandon/abandoning/dump/dumping/ditch/ditching/"
        "drop_off/dropping_off ~1 " + POSS + "? ~1 " + BABY + "/him/her/them " + BABY_GUARD + " ~3 "
        "in_the_car/in_a_hot_car/in_the_hot_car/on_a_doorstep/on_the_doorstep/on_someones_doorstep/"
        "at_the_hospital/at_a_fire_station/at_the_fire_station/outside/in_the_woods/"
        "on_the_side_of_the_road/somewhere/at_a_church/at_the_church/and_run/and_drive_away/"
        "and_never_come_back/and_walk_away/and_disappear/and_running/and_never_coming_back/"
        "and_walking_away/forever/behind_forever/in_the_cold/in_the_snow/in_a_dumpster/"
        "in_the_trash/by_the_river/in_the_river/alone_forever/$ "
        "!while/for_a/to_run/to_grab/for_a_minute/when_i/so_i_can/during/with/at_daycare/for_an/"
        "for_the",
        "give/giving/gave/return/returning ~1 " + POSS + " ~1 " + BABY + " back ~2 to_god/to_heaven/"
        "to_the_devil/to_the_angels/to_where_she_came_from/to_where_he_came_from",
    ),
    # Spanish (accents are removed before matching).
    "spanish": (
        # Wishing the baby stopped breathing, Spanish or Spanglish: "quiero que el baby deje de respirar".
        "quiero/quisiera/ojala/deseo/want/wish que ~1 " + ES_BABY + " ~1 deje_de_respirar/dejara_de_respirar/pare_de_respirar/parara_de_respirar/se_muera/se_muriera",
        # Not wanting to see the morning: "ojala no amanezca".
        "ojala/ojala_que ~1 no_amanezca/no_amanecer/nunca_amanezca/no_volver_a_despertar/no_despertar_mas/no_despertarme/nunca_despertar",
        "suicidarme/suicidarse/suicidio/suicida/suicidas/suicidar/suicidandome/suicidarte/suicidate/"
        "suicidaria/matarme/matarse/quitarme_la_vida/quitarse_la_vida/acabar_con_mi_vida/"
        "acabar_con_su_vida/terminar_con_mi_vida/terminar_con_su_vida/ahorcarme/ahorcarse/"
        "cortarme_las_venas/cortarse_las_venas/carta_de_despedida/cartas_de_despedida/"
        "nota_de_despedida/notas_de_despedida/mensaje_de_despedida/pegarme_un_tiro/darme_un_tiro/"
        "dispararme/pegarse_un_tiro/envenenarme/me_voy_a_suicidar " + ES_IDIOM
        + "/trabajando/estudiando/limpiando/a_trabajar/haciendo",
        "!<no/nunca " + ES_WANT + " ~2 " + ES_DIE + " " + ES_IDIOM,
        "me voy_a/iba_a/quiero/quisiera/puedo/podria/deberia/dan_ganas_de ~1 matar/morir/suicidar/"
        "ir_para_siempre/quitar_la_vida/ir_de_este_mundo/desaparecer/tirar_de/aventar_de/lanzar_de/"
        "tirar_del/aventar_del/lanzar_del/arrojar_del/arrojar_de/tirar_por/aventar_por/lanzar_por/"
        "colgar/ahorcar " + ES_IDIOM,
        # "me quiero cortar", "me voy a lastimar", "me volví a cortar" (not "el pelo", "las uñas"); with
        # "me" the verb is the speaker's own: "me va a hacer daño" (it will hurt me) is said of a drug
        "me voy_a/iba_a/quiero/quisiera/dan_ganas_de/vuelvo_a/volvi_a/sigo/puedo/podria/estoy ~1 "
        "cortar/lastimar/herir/quemar/hacer_dano/hacer_mal/cortando/lastimando/quemando " + _ES_NOT_SELF_HARM,
        "se va_a/iba_a/quiere/quisiera/vuelve_a/volvio_a/sigue/puede/podria ~1 "
        "cortar/lastimar/herir/quemar/hacer_dano/hacer_mal/cortando/lastimando/quemando " + _ES_NOT_SELF_HARM,
        "se va_a/iba_a/quiere/quisiera/puede/podria/queria/piensa/pensaba/intento/intentaba/"
        "amenaza_con/amenazo_con/fuera_a/vaya_a ~1 matar/suicidar/quitar_la_vida/ahorcar/"
        "tirar_de/aventar_de/lanzar_de/tirar_del/aventar_del/lanzar_del/arrojar_del/arrojar_de/"
        "tirar_por/aventar_por/lanzar_por/ir_de_este_mundo/cortar_las_venas/colgar " + ES_IDIOM,
        # "pienso en la muerte todo el tiempo" (not a relative's death: "de mi abuela")
        "pienso/piense/pensando/pense/piensa/pensar/obsesionada/obsesionado/pensamientos/sueno ~1 en/con ~1 "
        "la_muerte/mi_muerte/mi_propia_muerte/mi_funeral/estar_muerta/estar_muerto/no_despertar/"
        "no_existir/dejar_de_existir/desaparecer_para_siempre !de/del/de_mi/de_la/de_mis/de_los",
        # round 45: "tengo pensamientos de muerte" (asked of in general, "¿los pensamientos de muerte son parte de la
        # depresión?", the topic mask reads it first)
        "pensamientos/pensamiento/ideas ~1 de/sobre ~1 muerte/la_muerte/mi_muerte/estar_muerta/estar_muerto "
        "!de/del/de_mi/de_la/de_mis/de_los",
        "quitar/quitarme/quitarse/quite/quito ~1 la_vida",
        "quiero/quisiera/ojala/deseo/necesito ~1 que ~1 todo/esto/mi_vida/la_vida/todo_esto ~1 "
        "termine/acabe/se_acabe/se_termine/termine_ya/acabe_ya/se_acabe_ya/termine_de_una_vez",
        "no/ya_no/nunca/ya_no_se_si ~1 quiero/quisiera/quiere/puedo/aguanto/deseo/tengo_ganas_de/"
        "soporto/tengo_fuerzas_para/tiene_sentido/vale_la_pena/aguanta/puede/soporta ~2 vivir/"
        "seguir_viviendo/seguir/estar_aqui/despertar/despertarme/existir/mas/mas_con_esto/estar_viva/"
        "estar_vivo/seguir_aqui/seguir_asi/levantarme_nunca_mas/con_la_vida/con_esto/"
        "con_mi_vida/aguantar/estar_en_este_mundo/vivir_asi/luchar/seguir_luchando "
        "!amamantando/dando_pecho/con_la_lactancia/tomando/con_el_tratamiento/con_la_ketamina/"
        "con_las_infusiones/con_la_terapia/trabajando/en_esta_casa/en_este_lugar/en_esta_ciudad/"
        "en_este_pais/en_casa_de/en_el_trabajo/en_la_clinica/en_el_hospital/sacandome/extrayendo/"
        "el_tratamiento/pagando/temprano/a_las/tan_temprano/para_trabajar/para_ir/cada_dos/"
        "cada_tres/cada_hora/en_la_noche/de_noche/al_bebe/a_mi_bebe/a_mi_hija/a_mi_hijo/aqui_con/"
        "con_mi_suegra/con_mis_suegros/con_mis_padres/con_mi_esposo/con_mi_pareja/con_el/con_ella/"
        "sola_con/amamantar/dar_pecho/la_leche/yendo/cerca_de/lejos_de/alla/ahi/de_pie/sin_dormir/"
        "sin_ayuda/asi_de_cansada/a_mi/a_la/al/"
        # round 32: waking someone else ("no quiero despertarla", "despertarlo"); named here so the spelling
        # repair keeps the object clitic, which "despertar" (and "despertarme") lack
        "despertarla/despertarlo/despertarlas/despertarlos/despertarle/despertarles",
        "mejor/mejores/felices/tranquilos/estaria_mejor/estarian_mejor/estarias_mejor/vivirian_mejor/"
        "estaran_mejor/estarian_bien/seria_mejor ~3 sin_mi/si_yo_no_estuviera/si_me_muero/si_muero/"
        "si_me_voy/si_desaparezco/si_no_existiera/si_yo_no_existiera/si_no_estuviera/si_yo_muero/"
        "si_me_muriera/sin_ella/sin_el/si_ella_no_estuviera/si_el_no_estuviera/si_yo_faltara/"
        "si_yo_no_existo/si_no_existo/si_desapareciera/sin_una_mama_como_yo/sin_una_madre_como_yo/"
        "sin_su_mama/sin_su_madre/sin_su_mami/sin_mama/sin_mami/sin_nosotras/con_otra_mami/"
        "sin_alguien_como_yo/con_otra_mama/con_otra_madre/con_otra_persona/sin_mi_presencia "
        "!leche/suegra/suegro/madre/mama/esposo/marido/trabajo/celular/telefono/pareja/carro/ayuda",
        "mejor ~1 muerta/muerto/morir/morirme/desaparecer/me_muero/estar_muerta/estar_muerto/"
        "no_existir/no_haber_nacido/me_mato/muertos/muertas/no_estar " + ES_IDIOM,
        "no ~3 vale/tiene/le_veo/encuentro/hay/tengo/le_encuentro/tiene_ningun/encuentro_ningun/"
        "veo_ningun/veo ~2 la_pena/sentido/razon/razones/motivo/motivos/proposito ~2 vivir/seguir/"
        "la_vida/levantarme/existir/nada/estar_aqui/mi_vida/seguir_viviendo/estar_viva/estar_vivo",
        "nada/ya_nada ~1 tiene ~1 sentido",
        "hacerme/me_hago/me_hice/me_estoy_haciendo/me_he_hecho/hacerse/se_hace/se_hizo/"
        "se_esta_haciendo/me_quiero_hacer/quiero_hacerme/voy_a_hacerme ~1 dano/danio/mal/heridas/"
        "cortes/dano_a_proposito "
        "!en_la/en_el/en_los/en_las/cargando/al_cargar/levantando/sin_querer/con_el_cochecito/jugando/"
        "con_la_cuna/por_accidente/accidentalmente/la_leche/el_cafe/la_comida/el_gluten/la_lactosa/"
        "los_lacteos/el_azucar",
        "!<bebe/bebito/bebita/nino/nina/hijo/hija/nene/nena/peque/el_bebe/mi_bebe/la_nina/el_nino "
        "lastimarme/lastimarse/cortarme/cortarse/herirme/herirse/quemarme/quemarse/golpearme/"
        "golpearse/castigarme/rasgunarme/aranarme/me_corto/me_corte/me_estoy_cortando/"
        "me_quemo/me_queme/me_lastimo/me_lastime/me_golpeo/me_rasguno/me_arano/cortandome/"
        "lastimandome/quemandome/golpeandome/me_sigo_cortando/me_volvi_a_cortar/se_corta/se_lastima/"
        "se_quema/se_golpea/se_esta_cortando/se_corto/se_lastimo "
        "!el_pelo/el_cabello/las_unas/el_dedo/con_papel/cocinando/sin_querer/el_flequillo/"
        "los_frijoles/el_arroz/la_comida/la_cena/las_tortillas/el_pan/la_sopa/los_huevos/el_cafe/la_carne/"
        "las_papas/el_pollo/la_leche/"
        "la_mano_cocinando/con_la_plancha/con_el_horno/con_aceite/con_la_estufa/pelando/"
        "afeitandome/depilandome/las_puntas/el_fleco/la_lengua/sin_darme_cuenta/por_accidente/"
        "accidentalmente/la_espalda/el_tobillo/la_rodilla/el_pie/los_pies/el_cuello/con_la_puerta/"
        "con_la_cuna/cargando/al_cargar/levantando/el_labio/la_cabeza_con/las_cejas/el_pelo_corto/"
        "el_cabello_corto/mi_pelo/mi_cabello/con_el_sol/al_sol/en_la_playa/la_mano/un_dedo/"
        "con_el_cuchillo/jugando/en_el/en_la/con_la_leche/la_lengua_con/con_la_una/con_las_unas/"
        "con_su_una/con_sus_unas/con_mi_una/con_una_hoja/con_el_papel/con_papel",
        ES_INTENT + " " + ES_HARM + " ~1 " + ES_POSS + "? ~1 " + ES_BABY + " " + ES_MEDIUM,
        ES_INTENT + " " + ES_HARM_PRON + " " + ES_MEDIUM,
        "ahogar/estrangular/apunalar ~2 " + ES_POSS + "? ~1 " + ES_BABY,
        "escucho/oigo/escuchar/oir/escuche/oi/escuchando/oyendo/escucha/oye/escuchaba/oia ~1 voces/"
        "una_voz/la_voz/voces_que/cosas_que_no_existen/cosas_que_nadie",
        "voces/voz ~3 me_dicen/dicen/me_ordenan/ordenan/me_piden/me_susurran/me_gritan/le_dicen/"
        "le_ordenan/me_dice/le_dice/me_manda/me_mandan",
        "quiero/quisiera/voy_a/pienso/pienso_en/ganas_de/a_punto_de/podria/deberia/me_quiero/"
        "me_voy_a/planeo/tentada_de/tentado_de/quiere/va_a/se_quiere/se_va_a/pensando_en/decidi ~1 "
        "tomar/tomarme/tomarse/tragar/tragarme/tragarse ~1 todas/todo/el_frasco/un_frasco/la_caja/"
        "toda_la_caja/un_punado/muchas/demasiadas/un_monton_de/todo_el_frasco ~2 pastillas/"
        "pildoras/medicinas/medicamentos/tabletas/pastillas_para_dormir/la_medicina/"
        "el_medicamento/los_medicamentos/las_pastillas/mis_pastillas/el_tylenol/sus_pastillas",
        "me_tome/me_trague/se_tomo/se_trago/tome/trague ~1 todas/el_frasco/un_frasco/demasiadas/"
        "muchas/un_punado/toda_la_caja/todo_el_frasco ~2 pastillas/pildoras/medicamentos/tabletas/"
        "medicinas",
        "juntando/guardando/acumulando/escondiendo/ahorrando/junte/guarde/acumule/junto/acumulo ~2 "
        "pastillas/pildoras/medicamentos/tabletas/medicinas "
        "!en/para_el_viaje/para_el_bebe/de_la_farmacia/para_la_semana",
        "tirarme/aventarme/lanzarme/arrojarme/saltar/brincar/tirarse/aventarse/lanzarse ~3 puente/"
        "edificio/balcon/ventana/tren/azotea/techo/vias/camion/precipicio/acantilado/trafico/rio/"
        "metro",
        "cortarme/cortarse/cortandome/me_corto/me_corte ~2 venas/munecas/muneca/brazos/piernas/piel",
        "feel/feel_like/i_feel_like/like/im/i_am/just/such/being/she_feels/she_feels_like/"
        "soy/me_siento/siento_que_soy/me_siento_como/solo_soy/se_siente/siente_que_es/sere ~1 "
        "una/un/como_una/como_un ~1 carga/estorbo/lastre/molestia_para_todos/desperdicio",
        "cansada/cansado/harta/harto/agotada/agotado/cansadisima ~1 de ~1 vivir/la_vida/existir/"
        "estar_viva/estar_vivo/todo/mi_vida/luchar/sufrir/estar_aqui "
        "!amamantando/dando_pecho/con_la_lactancia/cambiar_panales/tanto/trabajar/limpiar/lavar/"
        "cocinar/en_esta_casa/en_este_lugar/en_esta_ciudad/con_mi_suegra/con_mis_suegros/"
        "con_mis_padres/sola/solo/lejos/aqui/alla/asi_de_lejos",
        "ojala/quisiera/deseo/desearia/pido_a_dios/le_pido_a_dios/rezo/rezo_para ~3 !<no/nunca "
        "no_despertar/no_despertara/no_despertarme/morir/muriera/me_muriera/morirme/estar_muerta/"
        "estar_muerto/desaparecer/desapareciera/no_existir/no_existiera/no_haber_nacido/"
        "nunca_haber_nacido/no_hubiera_nacido/me_llevara/me_lleve/no_estar/no_estuviera/"
        "que_me_atropelle/me_atropellara/me_muera/no_despierte " + ES_IDIOM,
        "nadie ~3 extranaria/notaria/le_importaria/lloraria/se_daria_cuenta/me_extranaria/"
        "echaria_de_menos/me_echaria_de_menos/le_importa/importaria ~3 si",
        "irme/ir/salir/marcharme/dejar/me_quiero_ir/me_voy/quiero_irme/quisiera_irme/se_quiere_ir "
        "~1 de_este_mundo/este_mundo/de_esta_vida",
        "no_hay_salida/sin_salida/no_veo_salida/no_encuentro_salida/la_unica_salida/"
        "no_le_veo_salida/no_tengo_salida/unica_salida_es",
        "no ~1 puedo/aguanto/soporto/quiero ~1 con ~1 la_vida/esto/todo/mas/mi_vida/esta_vida "
        "!a_la_vez/el_bebe/la_lactancia/el_trabajo/la_casa/los_gastos/el_dolor_de",
        "para_que ~1 seguir/vivir/seguir_viviendo/existir/levantarme/despertar/seguir_aqui/luchar "
        "!con/amamantando/dando_pecho/tomando/pagando/trabajando/el_tratamiento/con_la",
        "imagino/me_imagino/veo/me_veo/pienso_en/sueno_con ~1 muerta/muerto/en_un_ataud/colgada/"
        "colgado/ahorcada/ahorcado/mi_funeral/mi_entierro",
        "quiero/quisiera/ganas_de/necesito ~1 sentir ~1 dolor/dolor_fisico",
        "tengo/tiene/hice/hizo/tenia ~1 un? plan ~1 para ~2 morir/matarme/matarse/suicidarme/"
        "acabar/quitarme/terminar/desaparecer",
        "regalando/regale/regalar/regalo ~1 todas? ~1 mis/sus ~1 cosas/pertenencias "
        "!de_bebe/del_bebe/de_embarazo/de_maternidad/que_ya_no/viejas",
        "me_despedi/despedirme/me_estoy_despidiendo/se_despidio/despedirse ~1 de ~1 todos/"
        "todo_el_mundo/mi_familia/mis_hijos/la_vida/este_mundo "
        "!en/antes/del_trabajo/de_la_oficina/por_hoy/hasta",
        "piensa/pensando/piensan/pensamientos/pensamiento/ideas/idea/miedo ~2 en? ~1 matarse/"
        "suicidarse/quitarse_la_vida/hacerse_dano/lastimarse/cortarse/morirse",
        "pensamientos_suicidas/ideas_suicidas/ideacion_suicida/intento_de_suicidio/intente_suicidarme",
        "pensamientos/ideas/imagenes ~1 intrusivos/intrusivas/oscuros/oscuras/horribles/feos/feas/"
        "terribles/violentos/violentas/malos/malas ~4 " + ES_BABY + "/dano/lastimar/matar/ahogar/"
        "muerte/morir/muerta/muerto/sangre/cuchillo",
        "mi_bebe/el_bebe/mi_hijo/mi_hija/el_nino/la_nina ~2 no_esta_seguro_conmigo/"
        "no_esta_segura_conmigo/no_estaria_seguro_conmigo/no_estaria_segura_conmigo/"
        "estaria_mejor_muerto/estaria_mejor_muerta/estaria_mejor_sin_mi/esta_poseido/esta_poseida/"
        "es_malo/es_mala/es_el_diablo/no_es_mio/no_es_mia",
        "no_confio_en_mi/no_puedo_confiar_en_mi/me_da_miedo_estar_sola_con/"
        "no_puedo_estar_sola_con/miedo_de_mi_misma/miedo_de_lo_que_pueda_hacer/"
        "miedo_de_lo_que_puedo_hacer/miedo_a_lo_que_pueda_hacer",
    ),
}
