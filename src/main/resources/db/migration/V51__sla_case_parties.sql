-- Responsible groups are filled in from the step's case (kernel case file), not from process
-- variables: {pemdaCode} is the case's Pemda, {party:<role>} the case's group in that role.
update esc_sla set responsible_group = '{party:incubator}' where responsible_group = '{incubatorGroup}';
