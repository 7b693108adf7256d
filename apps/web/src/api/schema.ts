// Generated from openapi.json by `npm run web:api-types` (openapi-typescript). Do not edit by hand.

export interface paths {
    "/api/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inbox: signals, newest first, filtered */
        get: operations["SignalController_list"];
        put?: never;
        /**
         * Submit a signal (no account needed)
         * @description A signed-in member's signal is tied to their account (GET /api/me/signals).
         */
        post: operations["SignalController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One signal with its triage suggestions and history; reading the submitter's e-mail is audited */
        get: operations["SignalController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signals/{id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Triage: link the signal to an existing case */
        post: operations["SignalController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signals/{id}/open-case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Triage: open a new case for the signal */
        post: operations["SignalController_openCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signals/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Triage: archive the signal with a reason */
        post: operations["SignalController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/track/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The submitter's view of one signal, through the private tracking link */
        get: operations["TrackingController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/similar-bottlenecks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shared bottlenecks that look like a signal being written (for the form, before sending) */
        post: operations["PublicSimilarController_find"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My signals (submitted while signed in), newest first, with where each one is */
        get: operations["MemberSignalController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/signals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my signals, as its tracking page shows it */
        get: operations["MemberSignalController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cases (knelpunten), newest first, filtered
         * @description Advisers and admins see every case, experts the cases assigned to them, liaisons the cases with an agenda item at one of their tables.
         */
        get: operations["CaseController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One case with its signals, experts, history and the next steps you may take
         * @description Names no submitter, for any role. A case you may not see answers 404.
         */
        get: operations["CaseController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit title, summary, domains or handling option */
        patch: operations["CaseController_update"];
        trace?: never;
    };
    "/api/cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The next steps you may take on this case, and what still blocks each */
        get: operations["CaseController_transitions"];
        put?: never;
        /** Move the case to another step */
        post: operations["CaseController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a staff or external expert with a due date; answers the assigned experts
         * @description Give expertId (a staff expert) or external {name, email}, not both. Assigning a staff expert (or external address) already on the case moves their due date. The expert is mailed; reminders follow at 09:00 Dutch time.
         */
        post: operations["CaseExpertController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/experts/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take an expert off the case; they no longer see it (again is fine) */
        delete: operations["CaseExpertController_unassign"];
        options?: never;
        head?: never;
        /** Move an expert's due date; their reminders move with it */
        patch: operations["CaseExpertController_updateDueDate"];
        trace?: never;
    };
    "/api/cases/{id}/analyses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The experts' analyses of a case, with author and version
         * @description Advisers and admins see drafts and submitted analyses; an expert assigned to the case sees the submitted ones and their own.
         */
        get: operations["CaseAnalysesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{assignmentId}/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An analysis with the case context the expert needs (no submitter identity) and its versions
         * @description Experts reach only their own assignments; advisers and admins read any. Empty draft before the first save.
         */
        get: operations["AnalysisController_read"];
        /**
         * Save my analysis as a draft, or submit it
         * @description Every save is kept as a version. Submitting needs every cause area answered, an explanation where one plays a role, a root-cause summary and a proposed handling option. A submitted analysis changes only by submitting again.
         */
        put: operations["AnalysisController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cases I am asked to analyse, soonest due first, with where my analysis stands */
        get: operations["MyAssignmentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expert-links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An external expert's analysis and case, through their private link */
        get: operations["ExpertLinkController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expert-links/{token}/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save or submit an external expert's analysis, through their private link */
        put: operations["ExpertLinkController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Postgres, Redis, queue and outbox health */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing e-mail, newest first, with delivery status */
        get: operations["MailController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One e-mail as it was (or will be) sent
         * @description The links in invite, password-reset and sign-in mails are hidden (outside demo mode).
         */
        get: operations["MailController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-failures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs that failed their last attempt, newest first */
        get: operations["JobFailureController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calls, newest first, with their progress */
        get: operations["CallController_list"];
        put?: never;
        /** Create a call (a draft): open, or targeted at one case in recognition */
        post: operations["CallController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/audience-size": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many active members an audience holds now (before publishing) */
        get: operations["CallController_audienceSize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One call with its audience, invitations sent and answers so far */
        get: operations["CallController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a call
         * @description A draft may change anything but its kind and case; a published call its close date (which moves its close job) and public listing.
         */
        patch: operations["CallController_update"];
        trace?: never;
    };
    "/api/calls/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft call
         * @description Fixes the audience size, sends a targeted call to its audience (a job, in batches) and plans its close.
         */
        post: operations["CallController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open calls: open calls and public targeted calls, soonest closing first */
        get: operations["PublicCallController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One publicly listed call */
        get: operations["PublicCallController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/calls/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a public targeted call
         * @description A signed-in member answers at once; anyone else gives an e-mail address and confirms it by link.
         */
        post: operations["PublicCallController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/call-answers/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an anonymous answer with the token from the e-mail */
        post: operations["PublicCallController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/call-invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call, your answer so far and your profile, through your personal link */
        get: operations["CallInvitationController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/call-invitations/{token}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give or change your answer (one per member per call) */
        put: operations["CallInvitationController_answer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/recognition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recognition check of a case: calls, answers, tallies, conversations */
        get: operations["RecognitionController_panel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/recognition/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a recognition check held by conversation with network partners */
        post: operations["RecognitionController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shared-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bottlenecks the network shares, and whether you recognise each */
        get: operations["SharedCaseController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shared-cases/{id}/recognition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Say "I recognise this" (again is fine); it counts as evidence for the case */
        put: operations["SharedCaseController_endorse"];
        post?: never;
        /** Take back "I recognise this" */
        delete: operations["SharedCaseController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/recognition-thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The thresholds behind the recognition recommendation */
        get: operations["SettingsController_thresholds"];
        /** Set the thresholds; tallies already made keep the ones they used */
        put: operations["SettingsController_setThresholds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/deepening-reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many days before the due date experts are reminded */
        get: operations["SettingsController_reminders"];
        /** Set the reminder days; applies to reminders planned from now on */
        put: operations["SettingsController_setReminders"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your profile: domains, region and organisation */
        get: operations["MemberProfileController_get"];
        /** Change your profile (fields left out are cleared) */
        put: operations["MemberProfileController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active staff experts, by name */
        get: operations["ExpertDirectoryController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The national tables and bodies, with their liaisons and open agenda items */
        get: operations["TableController_list"];
        put?: never;
        /** Add a table or body to the register */
        post: operations["TableController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tables/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a table's name, kind, description or whether it is active */
        patch: operations["TableController_update"];
        trace?: never;
    };
    "/api/tables/{id}/liaisons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the table's liaisons (replaces the list)
         * @description A liaison sees exactly the cases with an agenda item at one of their tables. Logged in the audit log.
         */
        put: operations["TableController_setLiaisons"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tables/{id}/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The meeting brief for a table: per case on its agenda, anonymised, as a printable page
         * @description Per case whose item here has no outcome yet (optionally only one theme's): the bottleneck, how broadly it is recognised, its root causes per cause area, the handling option and what is asked of this table. Names no submitter; quotes only signals whose submitters consented to publication. Dutch, or English with Accept-Language: en. A liaison gets the brief of their own tables only. format=pdf gives the same brief as a PDF document.
         */
        get: operations["MeetingBriefController_brief"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The themes (opgaven), with how many cases each has */
        get: operations["ThemeController_list"];
        put?: never;
        /** Add a theme */
        post: operations["ThemeController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/themes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a theme's name, description, national route or whether it is active */
        patch: operations["ThemeController_update"];
        trace?: never;
    };
    "/api/cases/{id}/theme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put the case under a theme (opgave), or under none with null
         * @description A case belongs to one theme at a time: this replaces any earlier one. Bumps the case version.
         */
        put: operations["CaseThemeController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/agenda-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's agenda items
         * @description A liaison sees the items at their own tables (and the case only when it has one).
         */
        get: operations["CaseAgendaItemsController_list"];
        put?: never;
        /**
         * Put the case on the agenda of a national table, with what is asked of it
         * @description One item per table. The table's liaisons then see the case.
         */
        post: operations["CaseAgendaItemsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agenda-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Agenda items, newest first, by table and status
         * @description Advisers and admins see every item, a liaison the items at their own tables.
         */
        get: operations["AgendaItemController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agenda-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agenda item with every change, its documents and the moves you may make */
        get: operations["AgendaItemController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agenda-items/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the item on: proposed, submitted, scheduled, discussed, outcome, follow_up, closed
         * @description scheduled needs meetingDate (again to reschedule), outcome needs outcome (and may have outcomeNote), follow_up needs followUpOn; outcome may close directly. Replans the reminders.
         */
        post: operations["AgendaItemController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agenda-items/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a document (minutes, a letter, a position paper) by its http(s) address */
        post: operations["AgendaItemController_addDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agenda/stale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open agenda items that have not moved for the set weeks (settings: agenda-reminders)
         * @description Longest stalled first; items of archived cases are left out.
         */
        get: operations["AgendaStaleController_stale"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/agenda-reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Days before a meeting the liaison is reminded, and weeks after which an item is stale */
        get: operations["AgendaSettingsController_reminders"];
        /** Set them; applies to reminders planned from the next move of an item on */
        put: operations["AgendaSettingsController_setReminders"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Publications, newest first, a page at a time */
        get: operations["PublicationController_list"];
        put?: never;
        /**
         * Write a publication (a draft) about one or more cases in sharing or later
         * @description The personal-data check runs on it as a job; its findings show on the publication.
         */
        post: operations["PublicationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One publication with its cases and the findings of the check */
        get: operations["PublicationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft or a publication in review
         * @description Every edit adds a version, and the check runs again on it.
         */
        patch: operations["PublicationController_update"];
        trace?: never;
    };
    "/api/publications/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft for review */
        post: operations["PublicationController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publications/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a publication in review back to draft */
        post: operations["PublicationController_backToDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publications/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a publication in review
         * @description Only when the last check looked at this version and no finding is open (each fixed or accepted with a reason), and every case is in sharing or later.
         */
        post: operations["PublicationController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publications/{id}/findings/{findingId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an open finding with a reason
         * @description The finding stays accepted while the same text is found again; recorded in the audit log.
         */
        post: operations["PublicationController_acceptFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publications/{id}/newsletter.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published item as an HTML fragment for the mailing tool (all text escaped) */
        get: operations["PublicationController_newsletterHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published insights, newest first, a page at a time */
        get: operations["PublicInsightController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/insights.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 50 newest insights as an Atom feed */
        get: operations["PublicInsightController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/insights/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published insight */
        get: operations["PublicInsightController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's feedback: message in both languages, status, recipients and their answers
         * @description Recipients come a page at a time (newest first), with masked addresses and delivery status; counts cover all of them. 404 until the feedback is prepared (just after the case entered step 7).
         */
        get: operations["FeedbackController_view"];
        /** Edit the three texts (Dutch and English); only while the feedback is a draft */
        put: operations["FeedbackController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/feedback/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mail one kind of recipient gets, in one language (its links answer nothing) */
        get: operations["FeedbackController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/feedback/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the feedback to every pending recipient
         * @description The status becomes "sending"; a job mails each recipient once, in their language. When every recipient is reached or recorded as unreachable, the case closes by itself.
         */
        post: operations["FeedbackController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/feedback/recipients/{recipientId}/undeliverable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that feedback cannot reach this recipient, with the reason
         * @description Answers the recipient. Recording it again changes nothing.
         */
        post: operations["FeedbackController_markUndeliverable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/attention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cases whose feedback someone said did not help, latest first
         * @description Cases in feedback or closed; a closed one can be reopened with the existing closed → recognition transition.
         */
        get: operations["FeedbackAttentionController_attention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/feedback/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your answer so far, and the title of the bottleneck */
        get: operations["PublicFeedbackController_view"];
        put?: never;
        /** Answer "did this help?"; a second answer replaces the first */
        post: operations["PublicFeedbackController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/feedback-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every how many weeks submitters get a progress update while a table has their case */
        get: operations["FeedbackSettingsController_progress"];
        /** Set the interval; each waiting case uses it from its next update on */
        put: operations["FeedbackSettingsController_setProgress"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff sign-in with e-mail and password; sets the session cookie */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends this browser session on the server and clears the cookie */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, with which role */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My personal API tokens (without the secrets) */
        get: operations["AuthController_listTokens"];
        put?: never;
        /** Create a personal API token; the token is shown only in this answer */
        post: operations["AuthController_createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my API tokens; it stops working at once */
        delete: operations["AuthController_revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/magic-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Members: e-mail me a sign-in link (the first one creates the member account)
         * @description Answers the same whether or not the address has an account. Staff accounts get no link.
         */
        post: operations["AccountLinksController_requestMagicLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/magic-link/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Members: sign in with the link from the e-mail; sets the session cookie */
        post: operations["AccountLinksController_verifyMagicLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Staff: e-mail me a link to choose a new password
         * @description Answers the same whether or not the address has an account.
         */
        post: operations["AccountLinksController_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Staff: set a new password with the link from the e-mail
         * @description Ends every other session of the account; sign in again with the new password.
         */
        post: operations["AccountLinksController_confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invite/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff: accept an invite by choosing a password; sets the session cookie */
        post: operations["AccountLinksController_acceptInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts, newest first, optionally of one role */
        get: operations["UserController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a staff member by e-mail; the link in the mail sets their password */
        post: operations["UserController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the role or name of an account; a role change is audited */
        patch: operations["UserController_update"];
        trace?: never;
    };
    "/api/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an account: its sessions and API tokens stop at once; its history stays */
        post: operations["UserController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a deactivated account sign in again (old sessions and tokens stay revoked) */
        post: operations["UserController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ConsentDto: {
            /** @description May the network contact the submitter (e.g. to report back)? */
            contact: boolean;
            /** @description May the text be quoted, anonymised, in what the network shares? */
            publication: boolean;
        };
        CreateSignalDto: {
            /**
             * @description A short title of the bottleneck
             * @example Peutergroep in de school ging niet door
             */
            title: string;
            /** @description What happened, and where do you get stuck? */
            description: string;
            /**
             * @description bottleneck (default) or good_practice
             * @enum {string}
             */
            kind?: "bottleneck" | "good_practice";
            /** @description The domains it concerns */
            domains: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            /**
             * @description Municipality or region, or "landelijk"
             * @example Utrecht
             */
            region?: string;
            /**
             * @description The submitter's role
             * @enum {string}
             */
            submitterRole?: "teacher" | "school_leader" | "childcare_professional" | "childcare_manager" | "youth_care_professional" | "care_professional" | "special_needs_coordinator" | "parent" | "young_person" | "policy_officer" | "director" | "other";
            /** @description Organisation of the submitter */
            organisation?: string;
            /**
             * @description How the signal reached us (default website)
             * @enum {string}
             */
            channel?: "website" | "linkedin" | "platform_vakmanschap" | "newsletter" | "intake_interview" | "field";
            /**
             * Format: email
             * @description Needed to hear back; only used with consent to contact
             */
            email?: string;
            consent?: components["schemas"]["ConsentDto"];
            /**
             * Format: uuid
             * @description The call (oproep) this signal answers
             */
            callId?: string;
        };
        SignalCreatedDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description A readable reference to quote
             * @example SR-2026-000123
             */
            reference: string;
            /** @description Private link to follow the signal; keep it to yourself */
            trackingUrl: string;
        };
        SignalSummaryDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            /** @enum {string} */
            kind: "bottleneck" | "good_practice";
            title: string;
            domains: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            region?: string | null;
            /** @enum {string} */
            channel: "website" | "linkedin" | "platform_vakmanschap" | "newsletter" | "intake_interview" | "field";
            /** @enum {string} */
            step: "intake" | "triage" | "linked" | "archived";
            /** Format: uuid */
            caseId?: string | null;
            /** @description Whether the triage job has stored its suggestions */
            hasSuggestions: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        SignalPageDto: {
            items: components["schemas"]["SignalSummaryDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor?: string | null;
        };
        ConsentViewDto: {
            contact: boolean;
            publication: boolean;
        };
        SimilarSuggestionDto: {
            /** Format: uuid */
            signalId: string;
            /** Format: uuid */
            caseId?: string | null;
            score: number;
        };
        PersonalDataFindingDto: {
            /** @enum {string} */
            kind: "email" | "phone" | "bsn" | "postcode_house_number" | "date_of_birth";
            /** @enum {string} */
            field: "title" | "description";
            start: number;
            end: number;
        };
        TriageSuggestionsDto: {
            similar: components["schemas"]["SimilarSuggestionDto"][];
            domains: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            /** @enum {string|null} */
            handlingOption?: "agenda_lobby" | "knowledge_sharing" | "data_research" | "professional_development" | "funding_experiment" | "policy_framework" | null;
            personalData: components["schemas"]["PersonalDataFindingDto"][];
        };
        HistoryEntryDto: {
            from?: string | null;
            to: string;
            action: string;
            /** @description Role of who acted, or "system" */
            actorRole: string;
            /** Format: uuid */
            actorId?: string | null;
            reason?: string | null;
            /** @description What the decision rested on, e.g. the recognition tally and conversations */
            evidence?: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            at: string;
        };
        SignalDetailDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            /** @enum {string} */
            kind: "bottleneck" | "good_practice";
            title: string;
            domains: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            region?: string | null;
            /** @enum {string} */
            channel: "website" | "linkedin" | "platform_vakmanschap" | "newsletter" | "intake_interview" | "field";
            /** @enum {string} */
            step: "intake" | "triage" | "linked" | "archived";
            /** Format: uuid */
            caseId?: string | null;
            /** @description Whether the triage job has stored its suggestions */
            hasSuggestions: boolean;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** @enum {string|null} */
            submitterRole?: "teacher" | "school_leader" | "childcare_professional" | "childcare_manager" | "youth_care_professional" | "care_professional" | "special_needs_coordinator" | "parent" | "young_person" | "policy_officer" | "director" | "other" | null;
            organisation?: string | null;
            email?: string | null;
            consent: components["schemas"]["ConsentViewDto"];
            /** @enum {string} */
            locale: "nl" | "en";
            /** Format: uuid */
            callId?: string | null;
            /** @description Pass as expectedVersion when deciding on the signal */
            version: number;
            suggestions?: components["schemas"]["TriageSuggestionsDto"] | null;
            history: components["schemas"]["HistoryEntryDto"][];
        };
        LinkSignalDto: {
            /**
             * Format: uuid
             * @description The existing case (knelpunt) this signal belongs to
             */
            caseId: string;
            /** @description The signal version you saw */
            expectedVersion?: number;
        };
        TriageResultDto: {
            /** Format: uuid */
            signalId: string;
            /** @enum {string} */
            step: "intake" | "triage" | "linked" | "archived";
            version: number;
            /** Format: uuid */
            caseId?: string | null;
        };
        OpenCaseDto: {
            /** @description Title of the new case; defaults to the signal title */
            title?: string;
            /** @description The signal version you saw */
            expectedVersion?: number;
        };
        ArchiveSignalDto: {
            /** @description Why it is archived (e.g. not a bottleneck, out of scope) */
            reason: string;
            /** @description The signal version you saw */
            expectedVersion?: number;
        };
        RouteStepDto: {
            /** @enum {string} */
            step: "intake" | "triage" | "recognition" | "deepening" | "sharing" | "agenda" | "feedback";
            name: string;
            explanation: string;
            /** @enum {string} */
            state: "done" | "current" | "upcoming";
        };
        PublicHistoryEntryDto: {
            /** @description The step it reached, in plain words */
            name: string;
            /** Format: date-time */
            at: string;
        };
        SentFeedbackDto: {
            /** @enum {string} */
            locale: "nl" | "en";
            /** Format: date-time */
            sentAt: string;
            whatHappened: string;
            stepsTaken: string;
            achieved: string;
        };
        TrackingViewDto: {
            /** @example SR-2026-000123 */
            reference: string;
            title: string;
            /** Format: date-time */
            submittedAt: string;
            /** @description Where the signal is now, in plain words */
            status: string;
            statusExplanation: string;
            /** @enum {string} */
            state: "open" | "closed" | "archived";
            steps: components["schemas"]["RouteStepDto"][];
            history: components["schemas"]["PublicHistoryEntryDto"][];
            /** @description The feedback on the signal's case once it was sent, in the signal's language */
            feedback?: components["schemas"]["SentFeedbackDto"] | null;
        };
        SimilarBottlenecksQueryDto: {
            /** @description The title typed so far */
            title: string;
            /** @description The description typed so far */
            description?: string;
            /** @description Domains chosen so far */
            domains?: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
        };
        SharedBottleneckDto: {
            /** @example KP-2026-000012 */
            reference: string;
            /** @description The title the network gave the bottleneck (never a submitter’s text) */
            title: string;
            /** @enum {string} */
            step: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            score: number;
        };
        MemberSignalSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example SR-2026-000123 */
            reference: string;
            /** @enum {string} */
            kind: "bottleneck" | "good_practice";
            title: string;
            /** @description Where the signal is now, in plain words */
            status: string;
            statusExplanation: string;
            /** @enum {string} */
            state: "open" | "closed" | "archived";
            /** Format: date-time */
            createdAt: string;
        };
        MemberSignalPageDto: {
            items: components["schemas"]["MemberSignalSummaryDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor?: string | null;
        };
        MemberSignalDetailDto: {
            /** @example SR-2026-000123 */
            reference: string;
            title: string;
            /** Format: date-time */
            submittedAt: string;
            /** @description Where the signal is now, in plain words */
            status: string;
            statusExplanation: string;
            /** @enum {string} */
            state: "open" | "closed" | "archived";
            steps: components["schemas"]["RouteStepDto"][];
            history: components["schemas"]["PublicHistoryEntryDto"][];
            /** @description The feedback on the signal's case once it was sent, in the signal's language */
            feedback?: components["schemas"]["SentFeedbackDto"] | null;
            /** Format: uuid */
            id: string;
        };
        CaseSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example KP-2026-000012 */
            reference: string;
            title: string;
            domains: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            /** @enum {string} */
            step: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            /** @enum {string|null} */
            handlingOption?: "agenda_lobby" | "knowledge_sharing" | "data_research" | "professional_development" | "funding_experiment" | "policy_framework" | null;
            /** @description Pass as expectedVersion when changing the case */
            version: number;
            signalCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CasePageDto: {
            items: components["schemas"]["CaseSummaryDto"][];
            nextCursor?: string | null;
        };
        ThemeRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        CaseSignalDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            title: string;
            /** @enum {string} */
            step: "intake" | "triage" | "linked" | "archived";
            /** Format: date-time */
            linkedAt: string;
        };
        AssignedExpertDto: {
            /** Format: uuid */
            assignmentId: string;
            /**
             * @description staff: signs in; external: works through a private link
             * @enum {string}
             */
            kind: "staff" | "external";
            /** @description A staff expert's display name, or an external expert's name */
            displayName: string;
            /**
             * Format: date
             * @description When the analysis is due
             */
            dueOn?: string | null;
            /** @enum {string} */
            analysisStatus: "none" | "draft" | "submitted";
            /** Format: date-time */
            submittedAt?: string | null;
            /** @description Past the due date (Dutch time) and not submitted */
            overdue: boolean;
        };
        GuardFailureDto: {
            guard: string;
            reason: string;
        };
        AllowedTransitionDto: {
            /** @enum {string} */
            to: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            /** @description What the button says (a label key) */
            action: string;
            reasonRequired: boolean;
            /** @description Empty when the step can be taken now */
            blockedBy: components["schemas"]["GuardFailureDto"][];
        };
        CaseDetailDto: {
            /** Format: uuid */
            id: string;
            /** @example KP-2026-000012 */
            reference: string;
            title: string;
            domains: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            /** @enum {string} */
            step: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            /** @enum {string|null} */
            handlingOption?: "agenda_lobby" | "knowledge_sharing" | "data_research" | "professional_development" | "funding_experiment" | "policy_framework" | null;
            /** @description Pass as expectedVersion when changing the case */
            version: number;
            signalCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            summary: string;
            /** @description The theme (opgave) the case belongs to */
            theme: components["schemas"]["ThemeRefDto"] | null;
            /** @description The linked signals, without who submitted them */
            signals: components["schemas"]["CaseSignalDto"][];
            /** @description The experts assigned to analyse this case */
            experts: components["schemas"]["AssignedExpertDto"][];
            history: components["schemas"]["HistoryEntryDto"][];
            /** @description The next steps you may take */
            allowedTransitions: components["schemas"]["AllowedTransitionDto"][];
        };
        CaseTransitionDto: {
            /**
             * @description The step to move the case to
             * @enum {string}
             */
            to: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            /** @description Why; required for archive, reopen and the shortcut to agenda */
            reason?: string;
            /** @description The case version you saw (409 when it changed meanwhile) */
            expectedVersion: number;
            /**
             * @description Choose the handling option together with this step
             * @enum {string}
             */
            handlingOption?: "agenda_lobby" | "knowledge_sharing" | "data_research" | "professional_development" | "funding_experiment" | "policy_framework";
        };
        UpdateCaseDto: {
            /** @description Title of the case */
            title?: string;
            /** @description The bottleneck in a few sentences */
            summary?: string;
            /** @description Domains */
            domains?: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            /**
             * @description The handling option (instrumentenkoffer)
             * @enum {string}
             */
            handlingOption?: "agenda_lobby" | "knowledge_sharing" | "data_research" | "professional_development" | "funding_experiment" | "policy_framework";
            /** @description The case version you saw (409 when it changed meanwhile) */
            expectedVersion: number;
        };
        ExternalExpertDto: {
            /** @description The name the mails address the expert by */
            name: string;
            /**
             * Format: email
             * @description Where the private link goes; never shown in the app
             */
            email: string;
        };
        AssignExpertDto: {
            /**
             * Format: uuid
             * @description A staff expert: an active account with the role expert
             */
            expertId?: string;
            /** @description An external expert, instead of expertId */
            external?: components["schemas"]["ExternalExpertDto"];
            /**
             * Format: date
             * @description When the analysis is due (a Dutch calendar date, today or later)
             */
            dueOn: string;
        };
        UpdateAssignmentDto: {
            /**
             * Format: date
             * @description The new due date (a Dutch calendar date, today or later)
             */
            dueOn: string;
        };
        CauseAreaFindingViewDto: {
            playsRole?: boolean | null;
            explanation: string;
        };
        CauseAreasViewDto: {
            legislation: components["schemas"]["CauseAreaFindingViewDto"];
            steering_accountability: components["schemas"]["CauseAreaFindingViewDto"];
            funding: components["schemas"]["CauseAreaFindingViewDto"];
            decision_making: components["schemas"]["CauseAreaFindingViewDto"];
            communication: components["schemas"]["CauseAreaFindingViewDto"];
        };
        CaseAnalysisDto: {
            causeAreas: components["schemas"]["CauseAreasViewDto"];
            rootCauseSummary: string;
            recommendations: string;
            /** @enum {string|null} */
            proposedHandlingOption?: "agenda_lobby" | "knowledge_sharing" | "data_research" | "professional_development" | "funding_experiment" | "policy_framework" | null;
            /** Format: uuid */
            analysisId: string;
            /** Format: uuid */
            assignmentId: string;
            /** @enum {string} */
            authorKind: "staff" | "external";
            /** @description The expert's display name, or an external expert's name */
            authorName: string;
            /** @enum {string} */
            status: "draft" | "submitted";
            version: number;
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        AnalysisAssignmentDto: {
            /** Format: uuid */
            assignmentId: string;
            /** @enum {string} */
            kind: "staff" | "external";
            /** @description The expert's name */
            displayName: string;
            /** Format: date */
            dueOn?: string | null;
            overdue: boolean;
        };
        AnalysisSignalDto: {
            title: string;
            description: string;
        };
        AnalysisCaseDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            title: string;
            summary: string;
            domains: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            /** @enum {string} */
            step: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            signals: components["schemas"]["AnalysisSignalDto"][];
        };
        AnalysisVersionDto: {
            version: number;
            /** @enum {string} */
            status: "draft" | "submitted";
            /** Format: date-time */
            savedAt: string;
        };
        AnalysisDto: {
            causeAreas: components["schemas"]["CauseAreasViewDto"];
            rootCauseSummary: string;
            recommendations: string;
            /** @enum {string|null} */
            proposedHandlingOption?: "agenda_lobby" | "knowledge_sharing" | "data_research" | "professional_development" | "funding_experiment" | "policy_framework" | null;
            /** @enum {string} */
            status: "none" | "draft" | "submitted";
            /** @description Pass as expectedVersion when saving; 0 before the first save */
            version: number;
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: date-time */
            updatedAt?: string | null;
            /** @description Every save, oldest first */
            versions: components["schemas"]["AnalysisVersionDto"][];
        };
        AnalysisWorkspaceDto: {
            assignment: components["schemas"]["AnalysisAssignmentDto"];
            case: components["schemas"]["AnalysisCaseDto"];
            analysis: components["schemas"]["AnalysisDto"];
            /** @description True when the caller may save now (their own analysis, case in deepening) */
            editable: boolean;
        };
        CauseAreaFindingDto: {
            /** @description Does this cause area play a role? null while not decided */
            playsRole: boolean | null;
            /** @description Why; required on submit where it plays a role */
            explanation?: string;
        };
        CauseAreasDto: {
            /** @description Legislation, including room in the law that is unknown or unused */
            legislation: components["schemas"]["CauseAreaFindingDto"];
            /** @description Steering and accountability */
            steering_accountability: components["schemas"]["CauseAreaFindingDto"];
            /** @description Funding */
            funding: components["schemas"]["CauseAreaFindingDto"];
            /** @description Decision-making and organisation */
            decision_making: components["schemas"]["CauseAreaFindingDto"];
            /** @description Communication */
            communication: components["schemas"]["CauseAreaFindingDto"];
        };
        SaveAnalysisDto: {
            /** @description A finding for each of the five cause areas */
            causeAreas: components["schemas"]["CauseAreasDto"];
            /** @description The underlying cause in a few sentences; required on submit */
            rootCauseSummary?: string;
            /** @description What would help */
            recommendations?: string;
            /**
             * @description The handling option the expert proposes; required on submit
             * @enum {string|null}
             */
            proposedHandlingOption: "agenda_lobby" | "knowledge_sharing" | "data_research" | "professional_development" | "funding_experiment" | "policy_framework" | null;
            /** @description true submits (all required fields filled); false saves a draft */
            submit: boolean;
            /** @description The analysis version you saw (0 before the first save); 409 when it changed meanwhile */
            expectedVersion?: number;
        };
        MyAssignmentDto: {
            /** Format: uuid */
            assignmentId: string;
            /** Format: uuid */
            caseId: string;
            /** @example KP-2026-000012 */
            reference: string;
            title: string;
            /** @enum {string} */
            step: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            /** Format: date */
            dueOn?: string | null;
            /** @enum {string} */
            analysisStatus: "none" | "draft" | "submitted";
            /** @description Past the due date (Dutch time) and not submitted */
            overdue: boolean;
        };
        OutboxHealthDto: {
            /** @description Jobs committed but not yet handed to the queue */
            pending: number;
            oldestPendingSeconds: number;
        };
        PostgresHealthDto: {
            /** @enum {string} */
            status: "up" | "down";
            latencyMs: number;
            outbox?: components["schemas"]["OutboxHealthDto"];
            error?: string;
        };
        RedisHealthDto: {
            /** @enum {string} */
            status: "up" | "down";
            latencyMs: number;
            /** @description Per queue: waiting, active, delayed and failed jobs, and connected workers */
            queues?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            error?: string;
        };
        HealthDto: {
            /** @enum {string} */
            status: "ok" | "degraded" | "down";
            /**
             * @description Which Postgres and Redis are in use
             * @enum {string}
             */
            mode: "services";
            postgres: components["schemas"]["PostgresHealthDto"];
            redis: components["schemas"]["RedisHealthDto"];
        };
        MailSummaryDto: {
            /** Format: uuid */
            id: string;
            purpose: string;
            toAddress: string;
            subject: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            /** @enum {string|null} */
            transport?: "smtp" | "store" | null;
            attempts: number;
            lastError?: string | null;
            /** Format: uuid */
            signalId?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt?: string | null;
        };
        MailDetailDto: {
            /** Format: uuid */
            id: string;
            purpose: string;
            toAddress: string;
            subject: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            /** @enum {string|null} */
            transport?: "smtp" | "store" | null;
            attempts: number;
            lastError?: string | null;
            /** Format: uuid */
            signalId?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt?: string | null;
            textBody: string;
            /** @description The HTML part as sent; render it only in a sandboxed frame */
            htmlBody: string;
        };
        JobFailureDto: {
            id: string;
            jobName: string;
            jobId: string;
            payload: {
                [key: string]: unknown;
            };
            attempts: number;
            error: string;
            /** Format: date-time */
            failedAt: string;
        };
        CreateCallDto: {
            /**
             * @description open: a general question; targeted: about one case (step 3)
             * @enum {string}
             */
            kind: "open" | "targeted";
            /**
             * Format: uuid
             * @description The case a targeted call asks about (required for targeted)
             */
            caseId?: string;
            /** @description The question to the network */
            question: string;
            /** @description Why the network is asked: members are always told */
            reason: string;
            /** @description Where the call goes out */
            channels: ("website" | "linkedin" | "platform_vakmanschap" | "newsletter" | "intake_interview" | "field")[];
            /**
             * Format: date-time
             * @description When answering opens (default: on publishing)
             */
            opensAt?: string;
            /**
             * Format: date-time
             * @description When the call closes; its tally runs then
             */
            closesAt: string;
            /** @description Targeted: members in any of these domains */
            audienceDomains?: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            /** @description Targeted: members in any of these regions */
            audienceRegions?: string[];
            /** @description Targeted: every member (domains and regions are then ignored) */
            audienceEveryone?: boolean;
            /** @description Targeted: also listed on the public calls page, where anyone may answer */
            isPublic?: boolean;
        };
        CallDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "open" | "targeted";
            question: string;
            reason: string;
            channels: ("website" | "linkedin" | "platform_vakmanschap" | "newsletter" | "intake_interview" | "field")[];
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** @description The case's reference (targeted calls) */
            caseReference: string | null;
            /** @description The title advisers gave the case (targeted calls) */
            caseTitle: string | null;
            /** @description Answering is possible now */
            open: boolean;
            /** Format: uuid */
            caseId: string | null;
            audienceDomains: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            audienceRegions: string[];
            audienceEveryone: boolean;
            isPublic: boolean;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            /** @description Members in the audience when it was published */
            audienceSize: number | null;
            /** @description Members invited so far (progress of the fan-out) */
            invited: number;
            /** @description Answers so far (confirmed only) */
            answers: number;
            /** Format: date-time */
            fanoutCompletedAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        AudienceSizeDto: {
            /** @description Active members the audience holds now */
            size: number;
        };
        UpdateCallDto: {
            /** @description The question to the network */
            question?: string;
            /** @description Why the network is asked: members are always told */
            reason?: string;
            /** @description Where the call goes out */
            channels?: ("website" | "linkedin" | "platform_vakmanschap" | "newsletter" | "intake_interview" | "field")[];
            /**
             * Format: date-time
             * @description When answering opens (default: on publishing)
             */
            opensAt?: string;
            /**
             * Format: date-time
             * @description When the call closes; its tally runs then
             */
            closesAt?: string;
            /** @description Targeted: members in any of these domains */
            audienceDomains?: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            /** @description Targeted: members in any of these regions */
            audienceRegions?: string[];
            /** @description Targeted: every member (domains and regions are then ignored) */
            audienceEveryone?: boolean;
            /** @description Targeted: also listed on the public calls page, where anyone may answer */
            isPublic?: boolean;
            /** @description The version you last saw; another version is a conflict (409) */
            expectedVersion: number;
        };
        PublishCallDto: {
            /** @description The version you last saw; another version is a conflict (409) */
            expectedVersion: number;
        };
        PublicCallDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "open" | "targeted";
            question: string;
            reason: string;
            channels: ("website" | "linkedin" | "platform_vakmanschap" | "newsletter" | "intake_interview" | "field")[];
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** @description The case's reference (targeted calls) */
            caseReference: string | null;
            /** @description The title advisers gave the case (targeted calls) */
            caseTitle: string | null;
            /** @description Answering is possible now */
            open: boolean;
        };
        PublicCallAnswerDto: {
            /**
             * @description Do you recognise the bottleneck?
             * @enum {string}
             */
            recognition: "recognised" | "partly" | "not_recognised";
            /**
             * @description How urgent is it?
             * @enum {string}
             */
            urgency: "low" | "medium" | "high";
            /** @description What is needed to act on it? */
            needed: string;
            /** @description Anything else */
            comment?: string;
            /**
             * @description The respondent's domain
             * @enum {string}
             */
            domain: "education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality";
            /** @description The respondent's municipality or region, or landelijk */
            region: string;
            /**
             * @description The kind of organisation the respondent works for
             * @enum {string}
             */
            organisationType: "school" | "childcare_organisation" | "youth_care_provider" | "care_provider" | "welfare_organisation" | "municipality" | "national_body" | "parent_youth" | "other";
            /** @description The respondent's organisation */
            organisation?: string;
            /** @description May the answer be quoted, anonymised, in what the network shares? */
            consentPublication?: boolean;
            /**
             * Format: email
             * @description Needed unless you are signed in as a member: the answer counts once confirmed
             */
            email?: string;
        };
        AnswerOutcomeDto: {
            /**
             * @description recorded: the answer counts; confirmation_sent: it counts once the e-mail link is used
             * @enum {string}
             */
            status: "recorded" | "confirmation_sent";
        };
        ConfirmAnswerDto: {
            /** @description The token from the confirmation link */
            token: string;
        };
        OwnAnswerDto: {
            /**
             * @description Do you recognise the bottleneck?
             * @enum {string}
             */
            recognition: "recognised" | "partly" | "not_recognised";
            /**
             * @description How urgent is it?
             * @enum {string}
             */
            urgency: "low" | "medium" | "high";
            /** @description What is needed to act on it? */
            needed: string;
            /** @description Anything else */
            comment?: string;
            /**
             * @description The respondent's domain
             * @enum {string}
             */
            domain: "education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality";
            /** @description The respondent's municipality or region, or landelijk */
            region: string;
            /**
             * @description The kind of organisation the respondent works for
             * @enum {string}
             */
            organisationType: "school" | "childcare_organisation" | "youth_care_provider" | "care_provider" | "welfare_organisation" | "municipality" | "national_body" | "parent_youth" | "other";
            /** @description The respondent's organisation */
            organisation?: string;
            /** @description May the answer be quoted, anonymised, in what the network shares? */
            consentPublication?: boolean;
            /** Format: date-time */
            answeredAt: string;
        };
        InvitationViewDto: {
            call: components["schemas"]["PublicCallDto"];
            answer: components["schemas"]["OwnAnswerDto"] | null;
            /** @description The member's profile domains, to prefill */
            profileDomains: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            profileRegion: string | null;
            /** @enum {string|null} */
            profileOrganisationType: "school" | "childcare_organisation" | "youth_care_provider" | "care_provider" | "welfare_organisation" | "municipality" | "national_body" | "parent_youth" | "other" | null;
            profileOrganisation: string | null;
        };
        CallAnswerDto: {
            /**
             * @description Do you recognise the bottleneck?
             * @enum {string}
             */
            recognition: "recognised" | "partly" | "not_recognised";
            /**
             * @description How urgent is it?
             * @enum {string}
             */
            urgency: "low" | "medium" | "high";
            /** @description What is needed to act on it? */
            needed: string;
            /** @description Anything else */
            comment?: string;
            /**
             * @description The respondent's domain
             * @enum {string}
             */
            domain: "education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality";
            /** @description The respondent's municipality or region, or landelijk */
            region: string;
            /**
             * @description The kind of organisation the respondent works for
             * @enum {string}
             */
            organisationType: "school" | "childcare_organisation" | "youth_care_provider" | "care_provider" | "welfare_organisation" | "municipality" | "national_body" | "parent_youth" | "other";
            /** @description The respondent's organisation */
            organisation?: string;
            /** @description May the answer be quoted, anonymised, in what the network shares? */
            consentPublication?: boolean;
        };
        RecognitionAnswerViewDto: {
            /** Format: uuid */
            callId: string;
            /** @enum {string} */
            recognition: "recognised" | "partly" | "not_recognised";
            /** @enum {string} */
            urgency: "low" | "medium" | "high";
            needed: string;
            comment: string | null;
            /** @enum {string} */
            domain: "education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality";
            region: string;
            /** @enum {string} */
            organisationType: "school" | "childcare_organisation" | "youth_care_provider" | "care_provider" | "welfare_organisation" | "municipality" | "national_body" | "parent_youth" | "other";
            organisation: string | null;
            /** @description A member account answered (else a confirmed e-mail address) */
            byMember: boolean;
            consentPublication: boolean;
            /** Format: date-time */
            answeredAt: string;
        };
        UrgencySpreadDto: {
            low: number;
            medium: number;
            high: number;
        };
        NeedsThemeDto: {
            term: string;
            /** @description How many answers name it */
            answers: number;
        };
        RecognitionFiguresDto: {
            respondents: number;
            recognised: number;
            partly: number;
            notRecognised: number;
            /** @description "I recognise this" from members outside the call */
            endorsements: number;
            /** @description Share recognising fully or partly, 0..1 */
            shareRecognising: number;
            domainsRecognising: number;
            regionsRecognising: number;
            organisationsRecognising: number;
            /** @description Recognising, per domain */
            byDomain: {
                [key: string]: number;
            };
            /** @description Recognising, per region */
            byRegion: {
                [key: string]: number;
            };
            urgency: components["schemas"]["UrgencySpreadDto"];
            /** @description Recurring words in "what is needed" */
            needsThemes: components["schemas"]["NeedsThemeDto"][];
        };
        LiveRecognitionDto: {
            /** Format: uuid */
            callId: string;
            /** @description The figures so far, while the call is open */
            figures: components["schemas"]["RecognitionFiguresDto"];
            /**
             * @description What the tally would say now
             * @enum {string}
             */
            recommendation: "broad" | "partial" | "isolated";
        };
        RecognitionThresholdsDto: {
            minRespondents: number;
            broadShare: number;
            broadMinDomains: number;
            broadMinRegions: number;
            partialShare: number;
        };
        RecognitionTallyDto: {
            /** Format: uuid */
            callId: string;
            figures: components["schemas"]["RecognitionFiguresDto"];
            /** @enum {string} */
            recommendation: "broad" | "partial" | "isolated";
            /** @description The thresholds the recommendation used */
            thresholds: components["schemas"]["RecognitionThresholdsDto"];
            /** Format: date-time */
            createdAt: string;
        };
        RecognitionConversationDto: {
            /** Format: uuid */
            id: string;
            partners: string;
            /** Format: date */
            heldOn: string;
            /** @enum {string} */
            outcome: "recognised" | "partly" | "not_recognised";
            notes: string;
            /** Format: date-time */
            createdAt: string;
        };
        RecognitionPanelDto: {
            /** @description The targeted calls about this case, newest first */
            calls: components["schemas"]["CallDto"][];
            /** @description Answers to those calls, newest first */
            answers: components["schemas"]["RecognitionAnswerViewDto"][];
            /** @description Figures of calls still open */
            live: components["schemas"]["LiveRecognitionDto"][];
            /** @description Tallies of closed calls, newest first */
            tallies: components["schemas"]["RecognitionTallyDto"][];
            conversations: components["schemas"]["RecognitionConversationDto"][];
            /** @description "I recognise this" from members, without a call */
            endorsements: number;
        };
        RecordConversationDto: {
            /** @description Who took part (organisations or roles) */
            partners: string;
            /**
             * Format: date
             * @description When it was held (not in the future)
             */
            heldOn: string;
            /**
             * @description Did they recognise the bottleneck?
             * @enum {string}
             */
            outcome: "recognised" | "partly" | "not_recognised";
            /** @description What was said; no names of children or families */
            notes?: string;
        };
        SharedCaseDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            title: string;
            domains: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            /** @enum {string} */
            step: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            /** @description Members who said "I recognise this" */
            recognisedBy: number;
            /** @description You said "I recognise this" */
            recognisedByMe: boolean;
        };
        EndorseCaseDto: {
            /**
             * @description Your domain
             * @enum {string}
             */
            domain?: "education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality";
            /** @description Your municipality or region */
            region?: string;
            /**
             * @description The kind of organisation you work for
             * @enum {string}
             */
            organisationType?: "school" | "childcare_organisation" | "youth_care_provider" | "care_provider" | "welfare_organisation" | "municipality" | "national_body" | "parent_youth" | "other";
        };
        UpdateRecognitionThresholdsDto: {
            /** @description Fewer respondents can never be "broadly recognised" */
            minRespondents: number;
            /** @description Share recognising needed for "broad" */
            broadShare: number;
            /** @description Distinct domains recognising it, for "broad" */
            broadMinDomains: number;
            /** @description Distinct regions recognising it, for "broad" */
            broadMinRegions: number;
            /** @description Share recognising needed for "partly" */
            partialShare: number;
        };
        DeepeningRemindersDto: {
            /** @description Days before the due date the expert is reminded */
            daysBefore: number;
        };
        MemberProfileDto: {
            domains: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            region: string | null;
            /** @enum {string|null} */
            organisationType: "school" | "childcare_organisation" | "youth_care_provider" | "care_provider" | "welfare_organisation" | "municipality" | "national_body" | "parent_youth" | "other" | null;
            organisation: string | null;
        };
        UpdateMemberProfileDto: {
            /** @description The domains you work in */
            domains: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
            /** @description Municipality or region, or landelijk */
            region?: string;
            /**
             * @description The kind of organisation you work for
             * @enum {string}
             */
            organisationType?: "school" | "childcare_organisation" | "youth_care_provider" | "care_provider" | "welfare_organisation" | "municipality" | "national_body" | "parent_youth" | "other";
            /** @description Your organisation */
            organisation?: string;
        };
        ExpertDirectoryEntryDto: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        TableLiaisonDto: {
            /** Format: uuid */
            userId: string;
            displayName: string;
        };
        NationalTableDto: {
            /** Format: uuid */
            id: string;
            /** @example Onderwijs-Zorg-Kinderopvang-tafel */
            name: string;
            /** @enum {string} */
            kind: "table" | "ministry" | "association" | "council" | "other";
            /** @description The table's own role, so a brief can say what is asked of it */
            description: string;
            /** @description An inactive table keeps its history but gets no new agenda items */
            active: boolean;
            liaisons: components["schemas"]["TableLiaisonDto"][];
            /** @description Agenda items at this table without an outcome yet */
            openItems: number;
            /** Format: date-time */
            createdAt: string;
        };
        CreateTableDto: {
            /** @description The name of the table or body (unique) */
            name: string;
            /**
             * @description What kind of body it is
             * @enum {string}
             */
            kind: "table" | "ministry" | "association" | "council" | "other";
            /** @description The table's own role */
            description?: string;
            /** @description Open for new agenda items (default true) */
            active?: boolean;
        };
        UpdateTableDto: {
            /** @description The name of the table or body (unique) */
            name?: string;
            /**
             * @description What kind of body it is
             * @enum {string}
             */
            kind?: "table" | "ministry" | "association" | "council" | "other";
            /** @description The table's own role */
            description?: string;
            /** @description Open for new agenda items */
            active?: boolean;
        };
        SetTableLiaisonsDto: {
            /** @description Every liaison of the table (replaces the list); each must be an active liaison account */
            userIds: string[];
        };
        ThemeDto: {
            /** Format: uuid */
            id: string;
            /** @example Sociaal netwerk versterkend werken */
            name: string;
            description: string;
            /** @description The national route that works on it, e.g. the Verbindingsroute */
            nationalRoute: string;
            /** @description An inactive theme keeps its cases but takes no new ones */
            active: boolean;
            /** @description Cases under this theme */
            caseCount: number;
            /** Format: date-time */
            createdAt: string;
        };
        CreateThemeDto: {
            /** @description The name of the theme (unique) */
            name: string;
            /** @description What the theme is about */
            description?: string;
            /** @description The national route that works on it */
            nationalRoute?: string;
            /** @description Open for cases (default true) */
            active?: boolean;
        };
        UpdateThemeDto: {
            /** @description The name of the theme (unique) */
            name?: string;
            /** @description What the theme is about */
            description?: string;
            /** @description The national route that works on it */
            nationalRoute?: string;
            /** @description Open for cases */
            active?: boolean;
        };
        SetCaseThemeDto: {
            /**
             * Format: uuid
             * @description The theme the case belongs to from now on, or null for none (a case has one at a time)
             */
            themeId: string | null;
        };
        CaseThemeDto: {
            /** Format: uuid */
            caseId: string;
            theme?: components["schemas"]["ThemeRefDto"] | null;
            /** @description The case version after the change (pass as expectedVersion next) */
            version: number;
        };
        CreateAgendaItemDto: {
            /**
             * Format: uuid
             * @description The national table to bring the case to (one item per table)
             */
            tableId: string;
            /** @description What is asked of this table, from its own role */
            ask: string;
        };
        AgendaItemEventDto: {
            id: string;
            /**
             * @description Null when the item was created
             * @enum {string|null}
             */
            from?: "proposed" | "submitted" | "scheduled" | "discussed" | "outcome" | "follow_up" | "closed" | null;
            /** @enum {string} */
            to: "proposed" | "submitted" | "scheduled" | "discussed" | "outcome" | "follow_up" | "closed";
            /** Format: uuid */
            actorId?: string | null;
            /** @description The staff member's display name */
            actorName?: string | null;
            note: string;
            /** @description Per changed field: { from, to }; a document added: { document: { id, title, url } } */
            changes?: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            at: string;
        };
        AgendaItemDocumentDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uri */
            url: string;
            /** Format: uuid */
            addedById?: string | null;
            /** Format: date-time */
            addedAt: string;
        };
        AllowedAgendaMoveDto: {
            /** @enum {string} */
            to: "proposed" | "submitted" | "scheduled" | "discussed" | "outcome" | "follow_up" | "closed";
            /** @description What the button says (a label key) */
            action: string;
            /** @description Fields this move must have */
            requires: ("meetingDate" | "outcome" | "outcomeNote" | "followUpOn")[];
            /** @description Fields this move may have as well */
            accepts: ("meetingDate" | "outcome" | "outcomeNote" | "followUpOn")[];
        };
        AgendaItemDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** @example KP-2026-000012 */
            caseReference: string;
            caseTitle: string;
            /** @enum {string} */
            caseStep: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            /** Format: uuid */
            tableId: string;
            tableName: string;
            /** @enum {string} */
            status: "proposed" | "submitted" | "scheduled" | "discussed" | "outcome" | "follow_up" | "closed";
            /** @description What is asked of this table, from its own role */
            ask: string;
            /** Format: date */
            meetingDate?: string | null;
            /** @enum {string|null} */
            outcome?: "commitment" | "decision" | "referred_on" | "declined" | "no_result" | null;
            outcomeNote?: string | null;
            /**
             * Format: date
             * @description When to check a commitment
             */
            followUpOn?: string | null;
            /**
             * Format: date-time
             * @description When the status last changed
             */
            movedAt: string;
            /** @description Pass as expectedVersion when moving the item */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Every change, oldest first */
            events: components["schemas"]["AgendaItemEventDto"][];
            documents: components["schemas"]["AgendaItemDocumentDto"][];
            /** @description The moves you may make now */
            allowedMoves: components["schemas"]["AllowedAgendaMoveDto"][];
        };
        AgendaItemSummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** @example KP-2026-000012 */
            caseReference: string;
            caseTitle: string;
            /** @enum {string} */
            caseStep: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            /** Format: uuid */
            tableId: string;
            tableName: string;
            /** @enum {string} */
            status: "proposed" | "submitted" | "scheduled" | "discussed" | "outcome" | "follow_up" | "closed";
            /** @description What is asked of this table, from its own role */
            ask: string;
            /** Format: date */
            meetingDate?: string | null;
            /** @enum {string|null} */
            outcome?: "commitment" | "decision" | "referred_on" | "declined" | "no_result" | null;
            outcomeNote?: string | null;
            /**
             * Format: date
             * @description When to check a commitment
             */
            followUpOn?: string | null;
            /**
             * Format: date-time
             * @description When the status last changed
             */
            movedAt: string;
            /** @description Pass as expectedVersion when moving the item */
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        AgendaItemPageDto: {
            items: components["schemas"]["AgendaItemSummaryDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor?: string | null;
        };
        MoveAgendaItemDto: {
            /**
             * @description The status to move the item to
             * @enum {string}
             */
            to: "proposed" | "submitted" | "scheduled" | "discussed" | "outcome" | "follow_up" | "closed";
            /** @description What happened; kept with the change */
            note: string;
            /**
             * Format: date
             * @description The meeting date (to schedule or reschedule)
             */
            meetingDate?: string;
            /**
             * @description What the table answered (to record the outcome)
             * @enum {string}
             */
            outcome?: "commitment" | "decision" | "referred_on" | "declined" | "no_result";
            /** @description The outcome in a few words */
            outcomeNote?: string;
            /**
             * Format: date
             * @description When to check a commitment (to plan a follow-up; today or later)
             */
            followUpOn?: string;
            /** @description The item version you saw (409 when it changed meanwhile) */
            expectedVersion: number;
        };
        AddAgendaDocumentDto: {
            /** @description What the document is, e.g. "Verslag OZK-tafel 10 december" */
            title: string;
            /**
             * Format: uri
             * @description Where the document is (http or https)
             */
            url: string;
        };
        StaleAgendaItemDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** @example KP-2026-000012 */
            caseReference: string;
            caseTitle: string;
            /** @enum {string} */
            caseStep: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            /** Format: uuid */
            tableId: string;
            tableName: string;
            /** @enum {string} */
            status: "proposed" | "submitted" | "scheduled" | "discussed" | "outcome" | "follow_up" | "closed";
            /** @description What is asked of this table, from its own role */
            ask: string;
            /** Format: date */
            meetingDate?: string | null;
            /** @enum {string|null} */
            outcome?: "commitment" | "decision" | "referred_on" | "declined" | "no_result" | null;
            outcomeNote?: string | null;
            /**
             * Format: date
             * @description When to check a commitment
             */
            followUpOn?: string | null;
            /**
             * Format: date-time
             * @description When the status last changed
             */
            movedAt: string;
            /** @description Pass as expectedVersion when moving the item */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Since when the item counts as stale (last move + the set weeks)
             */
            staleSince: string;
        };
        AgendaRemindersDto: {
            /** @description Days before a meeting the liaison is reminded (0: on the day) */
            meetingReminderDaysBefore: number;
            /** @description Weeks without a move after which an item is stale */
            staleAfterWeeks: number;
        };
        CreatePublicationDto: {
            /**
             * @description interview; podcast (needs linkUrl); blikvanger (a short poster text, needs callToAction); newsletter (an item for the newsletter update)
             * @enum {string}
             */
            kind: "interview" | "podcast" | "blikvanger" | "newsletter";
            /** @description The title */
            title: string;
            /** @description A short lead, shown in lists and the feed */
            summary?: string;
            /** @description The text (a Blikvanger: at most 600 characters) */
            body: string;
            /**
             * Format: uri
             * @description A podcast's or interview's address (http or https); empty clears it
             */
            linkUrl?: string;
            /** @description A Blikvanger's call to react; empty clears it */
            callToAction?: string;
            /** @description The cases it is about (in sharing or later) */
            caseIds: string[];
        };
        PublicationCaseDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            title: string;
            /** @description The title was written or confirmed by an adviser (only such titles go public) */
            titleReviewed: boolean;
            /** @enum {string} */
            step: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
        };
        PublicationFindingDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "email" | "phone" | "bsn" | "address" | "date_of_birth" | "person_name" | "child_or_school" | "unconsented_quote";
            /** @enum {string} */
            field: "title" | "summary" | "body" | "callToAction";
            /** @description The text found, as written (at most 500 characters) */
            matchedText: string;
            /** @description Offset in the field where it starts (UTF-16, inclusive) */
            start: number;
            /** @description Offset in the field where it ends (UTF-16, exclusive) */
            end: number;
            /**
             * @description fixed: gone from the text at a later check
             * @enum {string}
             */
            status: "open" | "fixed" | "accepted";
            acceptedReason: string | null;
            /**
             * Format: uuid
             * @description Who accepted it
             */
            resolvedById: string | null;
            /** @description The publication version the last check that saw it ran on */
            foundInVersion: number;
            /** Format: date-time */
            createdAt: string;
        };
        PublicationDetailDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "interview" | "podcast" | "blikvanger" | "newsletter";
            title: string;
            summary: string;
            body: string;
            linkUrl: string | null;
            callToAction: string | null;
            /** @enum {string} */
            status: "draft" | "review" | "published";
            /** @description Pass as expectedVersion; every edit adds one and is checked again */
            version: number;
            /** @description The version the last check looked at */
            checkedVersion: number | null;
            /** Format: date-time */
            checkedAt: string | null;
            /** @description The last check looked at this version */
            checkCurrent: boolean;
            /** @description Findings neither fixed nor accepted */
            openFindings: number;
            /** @description In review, checked, nothing open, every case in sharing or later */
            publishable: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            cases: components["schemas"]["PublicationCaseDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Open and accepted findings first, then fixed ones; by field and position */
            findings: components["schemas"]["PublicationFindingDto"][];
        };
        PublicationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "interview" | "podcast" | "blikvanger" | "newsletter";
            title: string;
            summary: string;
            body: string;
            linkUrl: string | null;
            callToAction: string | null;
            /** @enum {string} */
            status: "draft" | "review" | "published";
            /** @description Pass as expectedVersion; every edit adds one and is checked again */
            version: number;
            /** @description The version the last check looked at */
            checkedVersion: number | null;
            /** Format: date-time */
            checkedAt: string | null;
            /** @description The last check looked at this version */
            checkCurrent: boolean;
            /** @description Findings neither fixed nor accepted */
            openFindings: number;
            /** @description In review, checked, nothing open, every case in sharing or later */
            publishable: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            cases: components["schemas"]["PublicationCaseDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PublicationPageDto: {
            items: components["schemas"]["PublicationDto"][];
            nextCursor: string | null;
        };
        UpdatePublicationDto: {
            /**
             * @description interview; podcast (needs linkUrl); blikvanger (a short poster text, needs callToAction); newsletter (an item for the newsletter update)
             * @enum {string}
             */
            kind?: "interview" | "podcast" | "blikvanger" | "newsletter";
            /** @description The title */
            title?: string;
            /** @description A short lead, shown in lists and the feed */
            summary?: string;
            /** @description The text (a Blikvanger: at most 600 characters) */
            body?: string;
            /**
             * Format: uri
             * @description A podcast's or interview's address (http or https); empty clears it
             */
            linkUrl?: string;
            /** @description A Blikvanger's call to react; empty clears it */
            callToAction?: string;
            /** @description The cases it is about (in sharing or later) */
            caseIds?: string[];
            /** @description The version you last saw; another version is a conflict (409) */
            expectedVersion: number;
        };
        PublicationActionDto: {
            /** @description The version you last saw; another version is a conflict (409) */
            expectedVersion: number;
        };
        AcceptFindingDto: {
            /** @description Why this may be published as it is (e.g. "a public figure, named with consent") */
            reason: string;
        };
        InsightCaseDto: {
            reference: string;
            title: string;
        };
        InsightDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "interview" | "podcast" | "blikvanger" | "newsletter";
            title: string;
            summary: string;
            body: string;
            linkUrl: string | null;
            callToAction: string | null;
            /** Format: date-time */
            publishedAt: string;
            /** @description Only cases whose title an adviser reviewed */
            cases: components["schemas"]["InsightCaseDto"][];
        };
        InsightPageDto: {
            items: components["schemas"]["InsightDto"][];
            nextCursor: string | null;
        };
        FeedbackTextsDto: {
            /** @description What happened with the signal */
            whatHappened: string;
            /** @description Which steps were taken; lines starting with "- " are a list */
            stepsTaken: string;
            /** @description What the agenda-setting achieved */
            achieved: string;
        };
        FeedbackMessageDto: {
            nl: components["schemas"]["FeedbackTextsDto"];
            en: components["schemas"]["FeedbackTextsDto"];
        };
        FeedbackCountsDto: {
            total: number;
            pending: number;
            sent: number;
            undeliverable: number;
        };
        HelpfulnessCountsDto: {
            yes: number;
            partly: number;
            no: number;
        };
        FeedbackCommentDto: {
            /** @enum {string} */
            helped: "yes" | "partly" | "no";
            comment: string;
            /** Format: date-time */
            respondedAt: string;
        };
        FeedbackRecipientDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "submitter" | "respondent";
            /**
             * @description Masked, e.g. j***@school.nl; null when there is no address
             * @example j***@school.nl
             */
            email?: string | null;
            /** @enum {string} */
            locale: "nl" | "en";
            /** @enum {string} */
            status: "pending" | "sent" | "undeliverable";
            undeliverableReason?: string | null;
            /** Format: date-time */
            deliveredAt?: string | null;
            /** @enum {string|null} */
            helped?: "yes" | "partly" | "no" | null;
            responseComment?: string | null;
            /** Format: date-time */
            respondedAt?: string | null;
        };
        FeedbackViewDto: {
            /** Format: uuid */
            caseId: string;
            /** @example KP-2026-0042 */
            reference: string;
            caseTitle: string;
            /** @enum {string} */
            caseStep: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            /**
             * @description draft, sending (mails going out), sent
             * @enum {string}
             */
            status: "draft" | "sending" | "sent";
            /** @description Send it back as expectedVersion when editing or sending */
            version: number;
            /** Format: date-time */
            preparedAt: string;
            /** Format: date-time */
            sentAt?: string | null;
            message: components["schemas"]["FeedbackMessageDto"];
            counts: components["schemas"]["FeedbackCountsDto"];
            /** @description The answers to "did this help?" */
            helpfulness: components["schemas"]["HelpfulnessCountsDto"];
            /** @description The latest comments with an answer (up to 50) */
            comments: components["schemas"]["FeedbackCommentDto"][];
            /** @description One page of recipients, newest first */
            recipients: components["schemas"]["FeedbackRecipientDto"][];
            /** @description Pass as `cursor` for the next page */
            recipientsNextCursor?: string | null;
        };
        UpdateFeedbackDto: {
            /** @description The feedback version you saw (409 when it changed meanwhile) */
            expectedVersion: number;
            /** @description What happened with the signal (Dutch) */
            whatHappenedNl?: string;
            /** @description What happened with the signal (English) */
            whatHappenedEn?: string;
            /** @description Which steps were taken (Dutch); lines starting with "- " become a list */
            stepsTakenNl?: string;
            /** @description Which steps were taken (English) */
            stepsTakenEn?: string;
            /** @description What the agenda-setting achieved (Dutch) */
            achievedNl?: string;
            /** @description What the agenda-setting achieved (English) */
            achievedEn?: string;
        };
        FeedbackPreviewDto: {
            /** @enum {string} */
            locale: "nl" | "en";
            /** @enum {string} */
            kind: "submitter" | "respondent";
            subject: string;
            text: string;
            html: string;
        };
        SendFeedbackDto: {
            /** @description The feedback version you saw (409 when it changed meanwhile) */
            expectedVersion: number;
        };
        UndeliverableRecipientDto: {
            /** @description Why the feedback cannot reach this person */
            reason: string;
        };
        FeedbackAttentionDto: {
            /** Format: uuid */
            caseId: string;
            reference: string;
            title: string;
            /** @enum {string} */
            step: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
            /** @description Send it back as expectedVersion when reopening */
            version: number;
            helpfulness: components["schemas"]["HelpfulnessCountsDto"];
            /** Format: date-time */
            lastNoAt: string;
            /** @description The latest comments given with "no" (up to 5) */
            noComments: string[];
            /** @description True when the case is closed: reopen it (closed → recognition, with a reason) */
            canReopen: boolean;
            /** @description What to consider, in your language */
            suggestion: string;
        };
        PublicFeedbackDto: {
            /** @description The case's public title */
            caseTitle?: string | null;
            /**
             * @description Your answer so far
             * @enum {string|null}
             */
            helped?: "yes" | "partly" | "no" | null;
            comment?: string | null;
            /** Format: date-time */
            respondedAt?: string | null;
        };
        FeedbackAnswerDto: {
            /**
             * @description Did the feedback help?
             * @enum {string}
             */
            helped: "yes" | "partly" | "no";
            /** @description Anything you want to add */
            comment?: string;
        };
        FeedbackProgressSettingsDto: {
            /** @description While a case waits at a national table, its submitters hear how it stands every this many weeks */
            intervalWeeks: number;
        };
        SignInDto: {
            /**
             * Format: email
             * @description The e-mail address of the account
             */
            email: string;
            /** @description The password */
            password: string;
        };
        UserViewDto: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            /** @enum {string} */
            role: "member" | "adviser" | "expert" | "liaison" | "admin";
        };
        MeDto: {
            user: components["schemas"]["UserViewDto"];
            /** @enum {string} */
            via: "session" | "token";
            /** @description Send as X-CSRF-Token on every state-changing request of this session */
            csrfToken?: string;
        };
        ApiTokenViewDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters of the token, to tell tokens apart */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt?: string | null;
        };
        CreateApiTokenDto: {
            /** @description What the token is for, e.g. "rapportage-script" */
            name: string;
        };
        CreatedApiTokenDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters of the token, to tell tokens apart */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt?: string | null;
            /** @description The token itself: shown this once, send it as "Authorization: Bearer <token>" */
            token: string;
        };
        EmailLinkRequestDto: {
            /**
             * Format: email
             * @description The e-mail address to send the link to
             */
            email: string;
        };
        LinkRequestedDto: {
            /** @description What happens next, in the language of the request */
            message: string;
        };
        LinkTokenDto: {
            /** @description The token from the link in the e-mail (the last part of its address) */
            token: string;
        };
        SetPasswordWithLinkDto: {
            /** @description The token from the link in the e-mail (the last part of its address) */
            token: string;
            /** @description The new password, at least 12 characters */
            password: string;
        };
        UserAccountDto: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            /** @enum {string} */
            role: "member" | "adviser" | "expert" | "liaison" | "admin";
            /** @description A deactivated account cannot sign in; its history stays */
            active: boolean;
            /** Format: date-time */
            lastSignInAt?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        UserAccountPageDto: {
            items: components["schemas"]["UserAccountDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor?: string | null;
        };
        InviteUserDto: {
            /**
             * Format: email
             * @description Where the invite goes; the address they sign in with
             */
            email: string;
            /**
             * @description The name others see
             * @example Anna de Vries
             */
            displayName: string;
            /**
             * @description The staff role (members need no invite)
             * @enum {string}
             */
            role: "adviser" | "expert" | "liaison" | "admin";
            /**
             * @description Language of the mails to this person (default nl)
             * @enum {string}
             */
            locale?: "nl" | "en";
        };
        UpdateUserDto: {
            /**
             * @description The new role; takes effect on the next request
             * @enum {string}
             */
            role?: "member" | "adviser" | "expert" | "liaison" | "admin";
            /** @description The name others see */
            displayName?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    SignalController_list: {
        parameters: {
            query?: {
                /** @description Only signals in this step */
                step?: "intake" | "triage" | "linked" | "archived";
                /** @description Only signals about this domain */
                domain?: "education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality";
                /** @description Only signals from this region (exact) */
                region?: string;
                /** @description Dutch full-text search in title and description */
                q?: string;
                /** @description From the previous page */
                cursor?: string;
                /** @description Page size (default 25) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignalPageDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignalController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (16-200 characters) per submission; a retry with the same key returns the first result. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSignalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignalCreatedDto"];
                };
            };
            /** @description A field is missing or wrong; `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Idempotency-Key was used for another submission. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address or account; Retry-After says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignalController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignalDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignalController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkSignalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriageResultDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The signal changed meanwhile, or is not in a step that allows this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignalController_openCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriageResultDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The signal changed meanwhile, or is not in a step that allows this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignalController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArchiveSignalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriageResultDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The signal changed meanwhile, or is not in a step that allows this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrackingController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingViewDto"];
                };
            };
            /** @description Unknown or malformed link (the same answer for both). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address; Retry-After says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicSimilarController_find: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimilarBottlenecksQueryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedBottleneckDto"][];
                };
            };
            /** @description Too many look-ups from this address. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MemberSignalController_list: {
        parameters: {
            query?: {
                /** @description From the previous page */
                cursor?: string;
                /** @description Page size (default 25) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberSignalPageDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: member. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MemberSignalController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberSignalDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: member. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not one of my signals (or it does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseController_list: {
        parameters: {
            query?: {
                /** @description Only cases in this step */
                step?: "recognition" | "deepening" | "sharing" | "agenda" | "feedback" | "closed" | "archived";
                /** @description Only cases about this domain */
                domain?: "education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality";
                /** @description Only cases with this handling option */
                handlingOption?: "agenda_lobby" | "knowledge_sharing" | "data_research" | "professional_development" | "funding_experiment" | "policy_framework";
                /** @description Only cases with a signal from this municipality or region (exact, e.g. Utrecht or landelijk) */
                region?: string;
                /** @description Search in the case title */
                q?: string;
                /** @description From the previous page */
                cursor?: string;
                /** @description Page size (default 25) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePageDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin, expert, liaison. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin, expert, liaison. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such case, or not one you may see (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The case changed meanwhile. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseController_transitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllowedTransitionDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin, expert, liaison. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such case, or not one you may see (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseTransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin, expert, liaison. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such case, or not one you may see (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The case changed meanwhile, or the step cannot be reached from here. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A reason is required, or a guard blocks the step. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseExpertController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignExpertDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedExpertDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The case is not in recognition or deepening. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not exactly one of expertId/external, not an active expert, or a due date in the past. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseExpertController_unassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The expert already saved an analysis, which must not be lost. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseExpertController_updateDueDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAssignmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedExpertDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The case is not in recognition or deepening. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The due date is in the past. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseAnalysesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAnalysisDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin, expert. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such case, or not one you may see (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AnalysisController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalysisWorkspaceDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: expert, adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such assignment, or not yours (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AnalysisController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAnalysisDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalysisWorkspaceDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: expert. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such assignment, or not yours (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Changed meanwhile (version_conflict), the case is not in deepening, or a draft on a submitted analysis. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Submitted with fields missing (all listed in errors). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MyAssignmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAssignmentDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: expert. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ExpertLinkController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalysisWorkspaceDto"];
                };
            };
            /** @description Unknown, malformed or expired link (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address; Retry-After says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ExpertLinkController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAnalysisDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalysisWorkspaceDto"];
                };
            };
            /** @description Unknown, malformed or expired link (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Changed meanwhile (version_conflict), the case is not in deepening, or a draft on a submitted analysis. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Submitted with fields missing (all listed in errors). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address; Retry-After says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ok, or degraded when Redis is down (submissions still work) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Postgres is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    MailController_list: {
        parameters: {
            query?: {
                /** @description How many, newest first (default 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailSummaryDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MailController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    JobFailureController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobFailureDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallController_list: {
        parameters: {
            query?: {
                /** @description Only calls with this status */
                status?: "draft" | "published" | "closed";
                /** @description Only the calls about this case */
                caseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCallDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The case does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dates, audience or case break a rule (see details). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallController_audienceSize: {
        parameters: {
            query?: {
                /** @description Members in any of these domains */
                domains?: ("education" | "childcare" | "youth_care" | "care" | "welfare" | "municipality")[];
                /** @description Members in any of these regions */
                regions?: string[];
                /** @description Every member */
                everyone?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceSizeDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCallDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Changed by someone else, closed, or a field a published call keeps. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dates or audience break a rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishCallDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Changed by someone else, or published already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The close date has passed, or the case left recognition. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicCallController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCallDto"][];
                };
            };
        };
    };
    PublicCallController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCallDto"];
                };
            };
            /** @description No such call on the public page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicCallController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicCallAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerOutcomeDto"];
                };
            };
            /** @description No such call on the public page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The call is not open for answers. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An open call (answer it with a signal), or no e-mail address. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicCallController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerOutcomeDto"];
                };
            };
            /** @description The call closed meanwhile. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, used or expired link (the same answer). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallInvitationController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationViewDto"];
                };
            };
            /** @description Unknown or malformed link (the same answer for both). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address; Retry-After says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallInvitationController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerOutcomeDto"];
                };
            };
            /** @description Unknown or malformed link. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The call is not open for answers. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address; Retry-After says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecognitionController_panel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionPanelDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecognitionController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConversationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionConversationDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The case is not in recognition, or the date is in the future. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SharedCaseController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedCaseDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: member. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SharedCaseController_endorse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndorseCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedCaseDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: member. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such shared case. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SharedCaseController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedCaseDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: member. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such shared case. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettingsController_thresholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionThresholdsDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettingsController_setThresholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecognitionThresholdsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionThresholdsDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description "Partly" would ask more than "broad". */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettingsController_reminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeepeningRemindersDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SettingsController_setReminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeepeningRemindersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeepeningRemindersDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MemberProfileController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberProfileDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: member. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MemberProfileController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberProfileDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: member. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ExpertDirectoryController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDirectoryEntryDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TableController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalTableDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin, liaison. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TableController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTableDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalTableDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A table with this name exists already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TableController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTableDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalTableDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A table with this name exists already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TableController_setLiaisons: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTableLiaisonsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalTableDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A user is not an active liaison account. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeetingBriefController_brief: {
        parameters: {
            query?: {
                /** @description html (default) or pdf */
                format?: "html" | "pdf";
                /** @description Only the cases of this theme (opgave) */
                themeId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The brief as an HTML page, or a PDF with format=pdf */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/pdf": string;
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin, liaison. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such table or theme, or not a table of yours (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ThemeController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, expert, liaison, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ThemeController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateThemeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A theme with this name exists already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ThemeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateThemeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A theme with this name exists already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseThemeController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCaseThemeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseThemeDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The theme does not exist or is inactive. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseAgendaItemsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItemSummaryDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin, liaison. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such case, or not one you may see (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseAgendaItemsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgendaItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItemDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The case is not in the agenda step, or already at this table. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The table does not exist or is inactive. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgendaItemController_list: {
        parameters: {
            query?: {
                /** @description Only the items at this table */
                tableId?: string;
                /** @description Only the items of cases under this theme (a table's view of one theme) */
                themeId?: string;
                /** @description Only the items with this status */
                status?: "proposed" | "submitted" | "scheduled" | "discussed" | "outcome" | "follow_up" | "closed";
                /** @description From the previous page */
                cursor?: string;
                /** @description Page size (default 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItemPageDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin, liaison. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgendaItemController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItemDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin, liaison. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such item, or not one you may see (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgendaItemController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveAgendaItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItemDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin, liaison. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such item, or not one you may see (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The item changed meanwhile, the move is not possible from here, or the case is archived. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A field the move needs is missing, or one it does not record was sent. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgendaItemController_addDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAgendaDocumentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItemDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin, liaison. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such item, or not one you may see (the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgendaStaleController_stale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaleAgendaItemDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgendaSettingsController_reminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaRemindersDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgendaSettingsController_setReminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgendaRemindersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaRemindersDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicationController_list: {
        parameters: {
            query?: {
                /** @description Only publications with this status */
                status?: "draft" | "review" | "published";
                /** @description Only publications about this case */
                caseId?: string;
                /** @description Only publications of this kind */
                kind?: "interview" | "podcast" | "blikvanger" | "newsletter";
                /** @description From the previous page */
                cursor?: string;
                /** @description Page size (default 25) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationPageDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicationController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePublicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A case does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A case is not in sharing yet, or the kind misses a field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicationController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePublicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Changed by someone else (the current version is in details), or published. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A case is not in sharing yet, or the kind misses a field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicationController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Changed by someone else, or not a draft. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicationController_backToDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Changed by someone else, or not in review. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicationController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Changed by someone else, or not in review. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The check is pending, findings are open, or a case is not in sharing. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicationController_acceptFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                findingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptFindingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationDetailDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The finding is fixed or accepted already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicationController_newsletterHtml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An <article> fragment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not published (so not checked) yet. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicInsightController_list: {
        parameters: {
            query?: {
                /** @description Only insights of this kind */
                kind?: "interview" | "podcast" | "blikvanger" | "newsletter";
                /** @description From the previous page */
                cursor?: string;
                /** @description Page size (default 20) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightPageDto"];
                };
            };
        };
    };
    PublicInsightController_feed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Atom 1.0 feed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
        };
    };
    PublicInsightController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightDto"];
                };
            };
            /** @description No such published insight. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedbackController_view: {
        parameters: {
            query?: {
                /** @description Only recipients with this status */
                status?: "pending" | "sent" | "undeliverable";
                /** @description Recipients per page (default 100) */
                limit?: number;
                /** @description From the previous page (recipientsNextCursor) */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackViewDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such case, or no feedback prepared yet. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedbackController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFeedbackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackViewDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Changed meanwhile (version_conflict), or already sent. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No text given. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedbackController_preview: {
        parameters: {
            query?: {
                /** @description The language of the mail (default nl) */
                locale?: "nl" | "en";
                /** @description The kind of recipient the mail is for (default submitter) */
                kind?: "submitter" | "respondent";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackPreviewDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedbackController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendFeedbackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackViewDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Changed meanwhile (version_conflict), already sent, or the case left step 7. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedbackController_markUndeliverable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                recipientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UndeliverableRecipientDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackRecipientDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The feedback already reached this recipient. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedbackAttentionController_attention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackAttentionDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicFeedbackController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicFeedbackDto"];
                };
            };
            /** @description Unknown or malformed link (the same answer for both). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address; Retry-After says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicFeedbackController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicFeedbackDto"];
                };
            };
            /** @description Unknown or malformed link. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedbackSettingsController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackProgressSettingsDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: adviser, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FeedbackSettingsController_setProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackProgressSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackProgressSettingsDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many attempts from this address or for this account. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: member, adviser, expert, liaison, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: member, adviser, expert, liaison, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenViewDto"][];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: member, adviser, expert, liaison, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiTokenDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: member, adviser, expert, liaison, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: member, adviser, expert, liaison, admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountLinksController_requestMagicLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailLinkRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkRequestedDto"];
                };
            };
            /** @description Too many requests from this address or for this account; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountLinksController_verifyMagicLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description The link is unknown, used or expired (the same answer for each); ask for a new one. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address or for this account; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountLinksController_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailLinkRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkRequestedDto"];
                };
            };
            /** @description Too many requests from this address or for this account; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountLinksController_confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordWithLinkDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The link is unknown, used or expired (the same answer for each); ask for a new one. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address or for this account; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountLinksController_acceptInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordWithLinkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description The link is unknown, used or expired (the same answer for each); ask for a new one. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address or for this account; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserController_list: {
        parameters: {
            query?: {
                /** @description Only accounts with this role */
                role?: "member" | "adviser" | "expert" | "liaison" | "admin";
                /** @description From the previous page */
                cursor?: string;
                /** @description Page size (default 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountPageDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An account with this e-mail address exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many invites from this address or to this account. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Admins cannot change their own role. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Admins cannot deactivate themselves. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UserController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountDto"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only for: admin. A browser session must send X-CSRF-Token on changes. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsApiSignalsGetParametersQueryStepValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/signals"]["get"]["parameters"]["query"]["step"]> = ["intake", "triage", "linked", "archived"];
export const pathsApiSignalsGetParametersQueryDomainValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/signals"]["get"]["parameters"]["query"]["domain"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const pathsApiCasesGetParametersQueryStepValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/cases"]["get"]["parameters"]["query"]["step"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const pathsApiCasesGetParametersQueryDomainValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/cases"]["get"]["parameters"]["query"]["domain"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const pathsApiCasesGetParametersQueryHandlingOptionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/cases"]["get"]["parameters"]["query"]["handlingOption"]> = ["agenda_lobby", "knowledge_sharing", "data_research", "professional_development", "funding_experiment", "policy_framework"];
export const pathsApiCallsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/calls"]["get"]["parameters"]["query"]["status"]> = ["draft", "published", "closed"];
export const pathsApiCallsAudienceSizeGetParametersQueryDomainsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/calls/audience-size"]["get"]["parameters"]["query"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const pathsApiTablesIdBriefGetParametersQueryFormatValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/tables/{id}/brief"]["get"]["parameters"]["query"]["format"]> = ["html", "pdf"];
export const pathsApiAgendaItemsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/agenda-items"]["get"]["parameters"]["query"]["status"]> = ["proposed", "submitted", "scheduled", "discussed", "outcome", "follow_up", "closed"];
export const pathsApiPublicationsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/publications"]["get"]["parameters"]["query"]["status"]> = ["draft", "review", "published"];
export const pathsApiPublicationsGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/publications"]["get"]["parameters"]["query"]["kind"]> = ["interview", "podcast", "blikvanger", "newsletter"];
export const pathsApiPublicInsightsGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/public/insights"]["get"]["parameters"]["query"]["kind"]> = ["interview", "podcast", "blikvanger", "newsletter"];
export const pathsApiCasesIdFeedbackGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/cases/{id}/feedback"]["get"]["parameters"]["query"]["status"]> = ["pending", "sent", "undeliverable"];
export const pathsApiCasesIdFeedbackPreviewGetParametersQueryLocaleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/cases/{id}/feedback/preview"]["get"]["parameters"]["query"]["locale"]> = ["nl", "en"];
export const pathsApiCasesIdFeedbackPreviewGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/cases/{id}/feedback/preview"]["get"]["parameters"]["query"]["kind"]> = ["submitter", "respondent"];
export const pathsApiUsersGetParametersQueryRoleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/users"]["get"]["parameters"]["query"]["role"]> = ["member", "adviser", "expert", "liaison", "admin"];
export const createSignalDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateSignalDto"]["kind"]> = ["bottleneck", "good_practice"];
export const createSignalDtoDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateSignalDto"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const createSignalDtoSubmitterRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateSignalDto"]["submitterRole"]> = ["teacher", "school_leader", "childcare_professional", "childcare_manager", "youth_care_professional", "care_professional", "special_needs_coordinator", "parent", "young_person", "policy_officer", "director", "other"];
export const createSignalDtoChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateSignalDto"]["channel"]> = ["website", "linkedin", "platform_vakmanschap", "newsletter", "intake_interview", "field"];
export const signalSummaryDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignalSummaryDto"]["kind"]> = ["bottleneck", "good_practice"];
export const signalSummaryDtoDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignalSummaryDto"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const signalSummaryDtoChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignalSummaryDto"]["channel"]> = ["website", "linkedin", "platform_vakmanschap", "newsletter", "intake_interview", "field"];
export const signalSummaryDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignalSummaryDto"]["step"]> = ["intake", "triage", "linked", "archived"];
export const personalDataFindingDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PersonalDataFindingDto"]["kind"]> = ["email", "phone", "bsn", "postcode_house_number", "date_of_birth"];
export const personalDataFindingDtoFieldValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PersonalDataFindingDto"]["field"]> = ["title", "description"];
export const triageSuggestionsDtoDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TriageSuggestionsDto"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const triageSuggestionsDtoHandlingOptionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TriageSuggestionsDto"]["handlingOption"]> = ["agenda_lobby", "knowledge_sharing", "data_research", "professional_development", "funding_experiment", "policy_framework"];
export const signalDetailDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignalDetailDto"]["kind"]> = ["bottleneck", "good_practice"];
export const signalDetailDtoDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignalDetailDto"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const signalDetailDtoChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignalDetailDto"]["channel"]> = ["website", "linkedin", "platform_vakmanschap", "newsletter", "intake_interview", "field"];
export const signalDetailDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignalDetailDto"]["step"]> = ["intake", "triage", "linked", "archived"];
export const signalDetailDtoSubmitterRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignalDetailDto"]["submitterRole"]> = ["teacher", "school_leader", "childcare_professional", "childcare_manager", "youth_care_professional", "care_professional", "special_needs_coordinator", "parent", "young_person", "policy_officer", "director", "other"];
export const signalDetailDtoLocaleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignalDetailDto"]["locale"]> = ["nl", "en"];
export const triageResultDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TriageResultDto"]["step"]> = ["intake", "triage", "linked", "archived"];
export const routeStepDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RouteStepDto"]["step"]> = ["intake", "triage", "recognition", "deepening", "sharing", "agenda", "feedback"];
export const routeStepDtoStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RouteStepDto"]["state"]> = ["done", "current", "upcoming"];
export const sentFeedbackDtoLocaleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SentFeedbackDto"]["locale"]> = ["nl", "en"];
export const trackingViewDtoStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TrackingViewDto"]["state"]> = ["open", "closed", "archived"];
export const similarBottlenecksQueryDtoDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SimilarBottlenecksQueryDto"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const sharedBottleneckDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SharedBottleneckDto"]["step"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const memberSignalSummaryDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MemberSignalSummaryDto"]["kind"]> = ["bottleneck", "good_practice"];
export const memberSignalSummaryDtoStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MemberSignalSummaryDto"]["state"]> = ["open", "closed", "archived"];
export const memberSignalDetailDtoStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MemberSignalDetailDto"]["state"]> = ["open", "closed", "archived"];
export const caseSummaryDtoDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseSummaryDto"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const caseSummaryDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseSummaryDto"]["step"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const caseSummaryDtoHandlingOptionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseSummaryDto"]["handlingOption"]> = ["agenda_lobby", "knowledge_sharing", "data_research", "professional_development", "funding_experiment", "policy_framework"];
export const caseSignalDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseSignalDto"]["step"]> = ["intake", "triage", "linked", "archived"];
export const assignedExpertDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssignedExpertDto"]["kind"]> = ["staff", "external"];
export const assignedExpertDtoAnalysisStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AssignedExpertDto"]["analysisStatus"]> = ["none", "draft", "submitted"];
export const allowedTransitionDtoToValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AllowedTransitionDto"]["to"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const caseDetailDtoDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseDetailDto"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const caseDetailDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseDetailDto"]["step"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const caseDetailDtoHandlingOptionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseDetailDto"]["handlingOption"]> = ["agenda_lobby", "knowledge_sharing", "data_research", "professional_development", "funding_experiment", "policy_framework"];
export const caseTransitionDtoToValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseTransitionDto"]["to"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const caseTransitionDtoHandlingOptionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseTransitionDto"]["handlingOption"]> = ["agenda_lobby", "knowledge_sharing", "data_research", "professional_development", "funding_experiment", "policy_framework"];
export const updateCaseDtoDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateCaseDto"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const updateCaseDtoHandlingOptionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateCaseDto"]["handlingOption"]> = ["agenda_lobby", "knowledge_sharing", "data_research", "professional_development", "funding_experiment", "policy_framework"];
export const caseAnalysisDtoProposedHandlingOptionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseAnalysisDto"]["proposedHandlingOption"]> = ["agenda_lobby", "knowledge_sharing", "data_research", "professional_development", "funding_experiment", "policy_framework"];
export const caseAnalysisDtoAuthorKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseAnalysisDto"]["authorKind"]> = ["staff", "external"];
export const caseAnalysisDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CaseAnalysisDto"]["status"]> = ["draft", "submitted"];
export const analysisAssignmentDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AnalysisAssignmentDto"]["kind"]> = ["staff", "external"];
export const analysisCaseDtoDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AnalysisCaseDto"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const analysisCaseDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AnalysisCaseDto"]["step"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const analysisVersionDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AnalysisVersionDto"]["status"]> = ["draft", "submitted"];
export const analysisDtoProposedHandlingOptionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AnalysisDto"]["proposedHandlingOption"]> = ["agenda_lobby", "knowledge_sharing", "data_research", "professional_development", "funding_experiment", "policy_framework"];
export const analysisDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AnalysisDto"]["status"]> = ["none", "draft", "submitted"];
export const saveAnalysisDtoProposedHandlingOptionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SaveAnalysisDto"]["proposedHandlingOption"]> = ["agenda_lobby", "knowledge_sharing", "data_research", "professional_development", "funding_experiment", "policy_framework"];
export const myAssignmentDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MyAssignmentDto"]["step"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const myAssignmentDtoAnalysisStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MyAssignmentDto"]["analysisStatus"]> = ["none", "draft", "submitted"];
export const postgresHealthDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PostgresHealthDto"]["status"]> = ["up", "down"];
export const redisHealthDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RedisHealthDto"]["status"]> = ["up", "down"];
export const healthDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HealthDto"]["status"]> = ["ok", "degraded", "down"];
export const healthDtoModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HealthDto"]["mode"]> = ["services"];
export const mailSummaryDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MailSummaryDto"]["status"]> = ["pending", "sent", "failed"];
export const mailSummaryDtoTransportValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MailSummaryDto"]["transport"]> = ["smtp", "store"];
export const mailDetailDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MailDetailDto"]["status"]> = ["pending", "sent", "failed"];
export const mailDetailDtoTransportValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MailDetailDto"]["transport"]> = ["smtp", "store"];
export const createCallDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateCallDto"]["kind"]> = ["open", "targeted"];
export const createCallDtoChannelsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateCallDto"]["channels"]> = ["website", "linkedin", "platform_vakmanschap", "newsletter", "intake_interview", "field"];
export const createCallDtoAudienceDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateCallDto"]["audienceDomains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const callDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CallDto"]["kind"]> = ["open", "targeted"];
export const callDtoChannelsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CallDto"]["channels"]> = ["website", "linkedin", "platform_vakmanschap", "newsletter", "intake_interview", "field"];
export const callDtoAudienceDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CallDto"]["audienceDomains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const callDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CallDto"]["status"]> = ["draft", "published", "closed"];
export const updateCallDtoChannelsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateCallDto"]["channels"]> = ["website", "linkedin", "platform_vakmanschap", "newsletter", "intake_interview", "field"];
export const updateCallDtoAudienceDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateCallDto"]["audienceDomains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const publicCallDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicCallDto"]["kind"]> = ["open", "targeted"];
export const publicCallDtoChannelsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicCallDto"]["channels"]> = ["website", "linkedin", "platform_vakmanschap", "newsletter", "intake_interview", "field"];
export const publicCallAnswerDtoRecognitionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicCallAnswerDto"]["recognition"]> = ["recognised", "partly", "not_recognised"];
export const publicCallAnswerDtoUrgencyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicCallAnswerDto"]["urgency"]> = ["low", "medium", "high"];
export const publicCallAnswerDtoDomainValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicCallAnswerDto"]["domain"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const publicCallAnswerDtoOrganisationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicCallAnswerDto"]["organisationType"]> = ["school", "childcare_organisation", "youth_care_provider", "care_provider", "welfare_organisation", "municipality", "national_body", "parent_youth", "other"];
export const answerOutcomeDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AnswerOutcomeDto"]["status"]> = ["recorded", "confirmation_sent"];
export const ownAnswerDtoRecognitionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OwnAnswerDto"]["recognition"]> = ["recognised", "partly", "not_recognised"];
export const ownAnswerDtoUrgencyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OwnAnswerDto"]["urgency"]> = ["low", "medium", "high"];
export const ownAnswerDtoDomainValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OwnAnswerDto"]["domain"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const ownAnswerDtoOrganisationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OwnAnswerDto"]["organisationType"]> = ["school", "childcare_organisation", "youth_care_provider", "care_provider", "welfare_organisation", "municipality", "national_body", "parent_youth", "other"];
export const invitationViewDtoProfileDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvitationViewDto"]["profileDomains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const invitationViewDtoProfileOrganisationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvitationViewDto"]["profileOrganisationType"]> = ["school", "childcare_organisation", "youth_care_provider", "care_provider", "welfare_organisation", "municipality", "national_body", "parent_youth", "other"];
export const callAnswerDtoRecognitionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CallAnswerDto"]["recognition"]> = ["recognised", "partly", "not_recognised"];
export const callAnswerDtoUrgencyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CallAnswerDto"]["urgency"]> = ["low", "medium", "high"];
export const callAnswerDtoDomainValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CallAnswerDto"]["domain"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const callAnswerDtoOrganisationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CallAnswerDto"]["organisationType"]> = ["school", "childcare_organisation", "youth_care_provider", "care_provider", "welfare_organisation", "municipality", "national_body", "parent_youth", "other"];
export const recognitionAnswerViewDtoRecognitionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecognitionAnswerViewDto"]["recognition"]> = ["recognised", "partly", "not_recognised"];
export const recognitionAnswerViewDtoUrgencyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecognitionAnswerViewDto"]["urgency"]> = ["low", "medium", "high"];
export const recognitionAnswerViewDtoDomainValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecognitionAnswerViewDto"]["domain"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const recognitionAnswerViewDtoOrganisationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecognitionAnswerViewDto"]["organisationType"]> = ["school", "childcare_organisation", "youth_care_provider", "care_provider", "welfare_organisation", "municipality", "national_body", "parent_youth", "other"];
export const liveRecognitionDtoRecommendationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LiveRecognitionDto"]["recommendation"]> = ["broad", "partial", "isolated"];
export const recognitionTallyDtoRecommendationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecognitionTallyDto"]["recommendation"]> = ["broad", "partial", "isolated"];
export const recognitionConversationDtoOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecognitionConversationDto"]["outcome"]> = ["recognised", "partly", "not_recognised"];
export const recordConversationDtoOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordConversationDto"]["outcome"]> = ["recognised", "partly", "not_recognised"];
export const sharedCaseDtoDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SharedCaseDto"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const sharedCaseDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SharedCaseDto"]["step"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const endorseCaseDtoDomainValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EndorseCaseDto"]["domain"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const endorseCaseDtoOrganisationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EndorseCaseDto"]["organisationType"]> = ["school", "childcare_organisation", "youth_care_provider", "care_provider", "welfare_organisation", "municipality", "national_body", "parent_youth", "other"];
export const memberProfileDtoDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MemberProfileDto"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const memberProfileDtoOrganisationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MemberProfileDto"]["organisationType"]> = ["school", "childcare_organisation", "youth_care_provider", "care_provider", "welfare_organisation", "municipality", "national_body", "parent_youth", "other"];
export const updateMemberProfileDtoDomainsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateMemberProfileDto"]["domains"]> = ["education", "childcare", "youth_care", "care", "welfare", "municipality"];
export const updateMemberProfileDtoOrganisationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateMemberProfileDto"]["organisationType"]> = ["school", "childcare_organisation", "youth_care_provider", "care_provider", "welfare_organisation", "municipality", "national_body", "parent_youth", "other"];
export const nationalTableDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NationalTableDto"]["kind"]> = ["table", "ministry", "association", "council", "other"];
export const createTableDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateTableDto"]["kind"]> = ["table", "ministry", "association", "council", "other"];
export const updateTableDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateTableDto"]["kind"]> = ["table", "ministry", "association", "council", "other"];
export const agendaItemEventDtoFromValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgendaItemEventDto"]["from"]> = ["proposed", "submitted", "scheduled", "discussed", "outcome", "follow_up", "closed"];
export const agendaItemEventDtoToValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgendaItemEventDto"]["to"]> = ["proposed", "submitted", "scheduled", "discussed", "outcome", "follow_up", "closed"];
export const allowedAgendaMoveDtoToValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AllowedAgendaMoveDto"]["to"]> = ["proposed", "submitted", "scheduled", "discussed", "outcome", "follow_up", "closed"];
export const allowedAgendaMoveDtoRequiresValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AllowedAgendaMoveDto"]["requires"]> = ["meetingDate", "outcome", "outcomeNote", "followUpOn"];
export const allowedAgendaMoveDtoAcceptsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AllowedAgendaMoveDto"]["accepts"]> = ["meetingDate", "outcome", "outcomeNote", "followUpOn"];
export const agendaItemDetailDtoCaseStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgendaItemDetailDto"]["caseStep"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const agendaItemDetailDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgendaItemDetailDto"]["status"]> = ["proposed", "submitted", "scheduled", "discussed", "outcome", "follow_up", "closed"];
export const agendaItemDetailDtoOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgendaItemDetailDto"]["outcome"]> = ["commitment", "decision", "referred_on", "declined", "no_result"];
export const agendaItemSummaryDtoCaseStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgendaItemSummaryDto"]["caseStep"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const agendaItemSummaryDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgendaItemSummaryDto"]["status"]> = ["proposed", "submitted", "scheduled", "discussed", "outcome", "follow_up", "closed"];
export const agendaItemSummaryDtoOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AgendaItemSummaryDto"]["outcome"]> = ["commitment", "decision", "referred_on", "declined", "no_result"];
export const moveAgendaItemDtoToValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MoveAgendaItemDto"]["to"]> = ["proposed", "submitted", "scheduled", "discussed", "outcome", "follow_up", "closed"];
export const moveAgendaItemDtoOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MoveAgendaItemDto"]["outcome"]> = ["commitment", "decision", "referred_on", "declined", "no_result"];
export const staleAgendaItemDtoCaseStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StaleAgendaItemDto"]["caseStep"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const staleAgendaItemDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StaleAgendaItemDto"]["status"]> = ["proposed", "submitted", "scheduled", "discussed", "outcome", "follow_up", "closed"];
export const staleAgendaItemDtoOutcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StaleAgendaItemDto"]["outcome"]> = ["commitment", "decision", "referred_on", "declined", "no_result"];
export const createPublicationDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreatePublicationDto"]["kind"]> = ["interview", "podcast", "blikvanger", "newsletter"];
export const publicationCaseDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicationCaseDto"]["step"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const publicationFindingDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicationFindingDto"]["kind"]> = ["email", "phone", "bsn", "address", "date_of_birth", "person_name", "child_or_school", "unconsented_quote"];
export const publicationFindingDtoFieldValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicationFindingDto"]["field"]> = ["title", "summary", "body", "callToAction"];
export const publicationFindingDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicationFindingDto"]["status"]> = ["open", "fixed", "accepted"];
export const publicationDetailDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicationDetailDto"]["kind"]> = ["interview", "podcast", "blikvanger", "newsletter"];
export const publicationDetailDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicationDetailDto"]["status"]> = ["draft", "review", "published"];
export const publicationDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicationDto"]["kind"]> = ["interview", "podcast", "blikvanger", "newsletter"];
export const publicationDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicationDto"]["status"]> = ["draft", "review", "published"];
export const updatePublicationDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdatePublicationDto"]["kind"]> = ["interview", "podcast", "blikvanger", "newsletter"];
export const insightDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InsightDto"]["kind"]> = ["interview", "podcast", "blikvanger", "newsletter"];
export const feedbackCommentDtoHelpedValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FeedbackCommentDto"]["helped"]> = ["yes", "partly", "no"];
export const feedbackRecipientDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FeedbackRecipientDto"]["kind"]> = ["submitter", "respondent"];
export const feedbackRecipientDtoLocaleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FeedbackRecipientDto"]["locale"]> = ["nl", "en"];
export const feedbackRecipientDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FeedbackRecipientDto"]["status"]> = ["pending", "sent", "undeliverable"];
export const feedbackRecipientDtoHelpedValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FeedbackRecipientDto"]["helped"]> = ["yes", "partly", "no"];
export const feedbackViewDtoCaseStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FeedbackViewDto"]["caseStep"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const feedbackViewDtoStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FeedbackViewDto"]["status"]> = ["draft", "sending", "sent"];
export const feedbackPreviewDtoLocaleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FeedbackPreviewDto"]["locale"]> = ["nl", "en"];
export const feedbackPreviewDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FeedbackPreviewDto"]["kind"]> = ["submitter", "respondent"];
export const feedbackAttentionDtoStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FeedbackAttentionDto"]["step"]> = ["recognition", "deepening", "sharing", "agenda", "feedback", "closed", "archived"];
export const publicFeedbackDtoHelpedValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicFeedbackDto"]["helped"]> = ["yes", "partly", "no"];
export const feedbackAnswerDtoHelpedValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FeedbackAnswerDto"]["helped"]> = ["yes", "partly", "no"];
export const userViewDtoRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UserViewDto"]["role"]> = ["member", "adviser", "expert", "liaison", "admin"];
export const meDtoViaValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MeDto"]["via"]> = ["session", "token"];
export const userAccountDtoRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UserAccountDto"]["role"]> = ["member", "adviser", "expert", "liaison", "admin"];
export const inviteUserDtoRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InviteUserDto"]["role"]> = ["adviser", "expert", "liaison", "admin"];
export const inviteUserDtoLocaleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InviteUserDto"]["locale"]> = ["nl", "en"];
export const updateUserDtoRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateUserDto"]["role"]> = ["member", "adviser", "expert", "liaison", "admin"];
